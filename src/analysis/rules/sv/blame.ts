import type { Rule } from '../types.ts';

/** Swedish blame and condescension, as constructions over the classes in src/analysis/classes/sv.ts. */
const common = { lang: 'sv' as const, category: 'blame' as const, severity: 'warning' as const };
/** One free word (an object) that may sit inside a construction. */
const W = '(?:[\\p{L}-]+ )';

export const blameRules: Rule[] = [
  {
    ...common,
    id: 'sv.blame.as-i-said',
    kind: 'construction',
    message: 'Pointing back at an earlier message sounds impatient and blames the customer for not reading it.',
    why: 'Repeating the answer kindly costs one line; "som jag redan skrivit" costs the relationship.',
    suggestions: [{ text: 'Kort sammanfattat: [svaret]', note: 'Just give the answer again.' }],
    patterns: [
      'som (?:jag|vi) (?:redan|tidigare|ju|flera gånger|upprepade gånger) (?:har )?{SAID_BEFORE}',
      'som (?:jag|vi) (?:har )?{SAID_BEFORE} (?:redan|tidigare|förut|i {EARLIER_MESSAGE})',
      'som (?:redan|tidigare) (?:nämnts|sagts|skrivits|förklarats|meddelats)',
      'enligt {EARLIER_MESSAGE}',
      '(?:jag|vi) har (?:ju )?redan (?:{SAID_BEFORE}|svarat på)',
      'du har (?:ju )?redan (?:fått (?:svar|besked|information)|blivit informerad)',
      'för (?:andra|tredje|fjärde|femte) gången (?:nu )?(?:vill jag|måste jag|förklarar jag|skriver jag|säger jag)',
      '(?:jag|vi) upprepar(?: (?:igen|än en gång|ännu en gång))?(?=\\s*[:,])',
      '(?:jag|vi) har (?:ju )?redan (?:svarat|förklarat|skrivit) (?:på )?(?:det|den frågan|detta) (?:två|tre|flera) gånger',
    ],
    examples: {
      flag: [
        { text: 'Som jag redan skrivit tar återbetalningen tio dagar.', span: 'Som jag redan skrivit' },
        { text: 'Som jag skrev i mitt förra mejl är ordern skickad.', span: 'Som jag skrev i mitt förra mejl' },
        { text: 'Du har redan fått svar på det.', span: 'Du har redan fått svar' },
        // Paraphrases.
        { text: 'Som vi flera gånger påpekat gäller erbjudandet inte längre.', span: 'Som vi flera gånger påpekat' },
        { text: 'Enligt vårt senaste mejl är kampanjen slut.', span: 'Enligt vårt senaste mejl' },
        { text: 'För tredje gången förklarar jag att kortet är spärrat.', span: 'För tredje gången förklarar jag' },
        { text: 'Som vi meddelade tidigare är butiken stängd.', span: 'Som vi meddelade tidigare' },
        { text: 'Jag har ju redan förklarat det.', span: 'Jag har ju redan förklarat' },
        { text: 'Jag upprepar: återbetalningen tar tio dagar.', span: 'Jag upprepar' },
      ],
      pass: ['Som du skrev kom paketet öppnat, så jag har skickat ett nytt.', 'Jag har redan skickat en ny laddare till dig.', 'Som vi lovade i går kommer här uppdateringen: paketet är på väg.'],
    },
  },
  {
    ...common,
    id: 'sv.blame.your-fault',
    kind: 'construction',
    message: 'This tells the customer they are at fault or talks down to them.',
    why: 'Even when the customer made a mistake, blaming them makes them defend themselves instead of solving it with you.',
    suggestions: [{ text: 'Det verkar som att [vad som hände]; låt oss [nästa steg]', note: 'Describe what happened without blaming.' }],
    patterns: [
      `du måste ha ${W}{0,2}?{YOU_ERRED}`,
      `(?:du|ni) (?:har|hade) {YOU_GUESS} ${W}{0,2}?{YOU_ERRED}`,
      '(?:du|ni) {SHOULD_HAVE} (?:ha )?{CHECK_VERB}',
      // Any other duty they "ought to have" done ("du borde ha skrivit i leveransinstruktionen");
      // what they should have received ("du borde ha fått ett sms") is our promise, not their fault.
      '(?:du|ni) hade behövt (?:(?:själv|själva|redan|direkt|genast|först|i tid|tidigare) )?(?!(?:få|vänta|ha)(?![\\p{L}]))[\\p{L}]+a(?![\\p{L}])',
      '(?:du|ni) (?:borde|hade behövt|hade bort) ha (?:(?:själv|själva|redan|direkt|genast|först|i tid|tidigare|helt enkelt) )?(?!(?:fått|erhållit|mottagit|blivit|haft|kunnat|hunnit|sett ett|sett en)(?![\\p{L}]))[\\p{L}]+(?:at|it|tt|t)(?![\\p{L}])',
      '(?:du|ni) (?:har|hade) (?:inte|aldrig) (?:läst|följt|brytt (?:dig|er) om)',
      'uppenbarligen',
      '{CALM_DOWN}',
      '(?:du|ni) (?:måste|behöver|får|bör) (?:förstå|inse|acceptera) att',
      'som (?:det )?(?:tydligt |klart )?(?:står|framgår|anges|angavs|nämns|beskrivs|stod|framgick) (?:tydligt |klart )?(?:i|av) {TERMS_DOC}',
      '(?:det|detta) (?:står|framgår|framgick|stod|anges) (?:tydligt|klart) (?:i|av|på) {TERMS_DOC}',
      // "Hade du läst instruktionen hade det inte hänt": the counterfactual that lays it on them.
      '(?<![\\p{L}] )hade (?:du|ni) (?:bara )?(?:läst|kollat|kontrollerat|tittat|följt|uppdaterat|angett|meddelat|bekräftat|sparat)',
      '(?:eftersom|då|därför att) (?:du|ni) (?:inte|aldrig) (?:har |hade )?(?:uppdaterat|uppdaterade|följt|följde|läst|läste|fyllt i|fyllde i|bekräftat|bekräftade|aktiverat|aktiverade|kontrollerat|kontrollerade)',
      'ansvaret (?:ligger|vilar) (?:helt )?(?:hos|på) (?:dig|er|kunden)',
      '(?:det|detta) (?:är|var) (?:helt )?(?:kundens|köparens|resenärens|kontoinnehavarens) (?:eget )?(?:fel|ansvar)',
      '(?:vilket|som) (?:du|ni) (?:själv )?(?:godkände|godkänt|accepterade|accepterat|har godkänt|har accepterat|gick med på)',
      '(?:du|ni) (?:har )?(?:missförstått|feltolkat|misstolkat)',
      'det (?:var|är) (?:du|ni) som (?:har )?(?:valde|valt|beställde|beställt|angav|angett|glömde|glömt|missade|missat|godkände|godkänt|gjorde fel|gjort fel)',
      // The mistake laid straight on the customer: "du har angett fel adress", "du glömde bekräfta".
      '(?<![\\p{L}] )(?:du|ni) (?:har |hade )?(?:ju |tyvärr |helt enkelt |själv |själva )?{YOU_DID_WRONG}',
      '(?:beror|berodde) på att (?:du|ni) (?:har |hade )?(?:ju )?{YOU_DID_WRONG}',
      '(?:beror|berodde) på att (?:du|ni) inte (?:har |hade )?(?:uppdaterat|följt|läst|betalat|fyllt i|angett|bekräftat|aktiverat|registrerat|kontrollerat)',
      // "Läs villkoren noggrannare nästa gång", "det hade du sett om du läst villkoren".
      '(?:noggrannare|ordentligare|bättre|noggrant|ordentligt) nästa gång',
      '(?:det|detta) hade (?:du|ni) (?:sett|vetat|märkt|upptäckt) om (?:du|ni) (?:hade )?(?:läst|kollat|kontrollerat|tittat)',
      '(?:det|detta) är (?:helt )?(?:ditt|ert) (?:eget )?(?:fel|ansvar|problem)',
      'läs (?:mitt|vårt) (?:förra|tidigare) (?:mejl|meddelande) igen',
      'det har du (?:själv )?(?:godkänt|valt|accepterat|gått med på)',
    ],
    unless: (ctx, match) =>
      // "Uppenbarligen har något gått fel hos oss" owns the mistake.
      /^uppenbarligen$/u.test(ctx.lower.slice(match.start, match.end)) && /\s(?:hos oss|vi|vårt|vår|jag)(?![\p{L}])/u.test(ctx.lower.slice(match.end, match.end + 40)),
    except: ['hypothetical', 'question'],
    examples: {
      flag: [
        { text: 'Du har glömt att bekräfta beställningen.', span: 'Du har glömt' },
        { text: 'Du har förväxlat leveransadressen med fakturaadressen.', span: 'Du har förväxlat' },
        { text: 'Du glömde att fylla i postnumret.', span: 'Du glömde' },
        { text: 'Felet beror på att du inte har uppdaterat appen.', span: 'beror på att du inte har uppdaterat' },
        { text: 'Du valde själv det här abonnemanget.', span: 'Du valde själv' },
        { text: 'Läs igenom villkoren bättre nästa gång.', span: 'bättre nästa gång' },
        { text: 'Det är du som har missat sista dagen.', span: 'Det är du som har missat' },
        { text: 'Det hade du sett om du läst villkoren.', span: 'Det hade du sett om du läst' },
        { text: 'Du har struntat i skötselråden.', span: 'Du har struntat i' },
        { text: 'Förseningen beror på att du har ignorerat påminnelsen.', span: 'beror på att du har ignorerat' },
        { text: 'Du måste ha angett fel adress.', span: 'Du måste ha angett fel' },
        { text: 'Du borde ha läst villkoren.', span: 'Du borde ha läst' },
        { text: 'Uppenbarligen har du beställt fel storlek.', span: 'Uppenbarligen' },
        { text: 'Lugna ner dig, tack.', span: 'Lugna ner dig' },
        { text: 'Du måste förstå att vi inte kan göra så.', span: 'Du måste förstå att' },
        { text: 'Det är ditt eget fel.', span: 'Det är ditt eget fel' },
        // Paraphrases.
        { text: 'Du måste ha kopierat länken fel.', span: 'Du måste ha kopierat länken fel' },
        { text: 'Du har nog blandat ihop kontona.', span: 'Du har nog blandat ihop' },
        { text: 'Ni hade behövt dubbelkolla först.', span: 'Ni hade behövt dubbelkolla' },
        { text: 'Ta det lugnt, det löser sig.', span: 'Ta det lugnt' },
        { text: 'Som det står i köpvillkoren är frakten inte återbetalningsbar.', span: 'Som det står i köpvillkoren' },
        { text: 'Ni bör acceptera att priset har ändrats.', span: 'Ni bör acceptera att' },
        { text: 'Som tydligt anges i våra resevillkor ersätts inte förseningar under två timmar.', span: 'Som tydligt anges i våra resevillkor' },
        { text: 'Det framgick klart av de allmänna villkoren.', span: 'Det framgick klart av de allmänna villkoren' },
        { text: 'Ansvaret ligger hos dig som kontoinnehavare.', span: 'Ansvaret ligger hos dig' },
        { text: 'Detta var resenärens eget ansvar.', span: 'Detta var resenärens eget ansvar' },
        { text: 'Avgiften framgick av prislistan, vilket du godkände vid köpet.', span: 'vilket du godkände' },
        { text: 'Du har missförstått erbjudandet.', span: 'Du har missförstått' },
        { text: 'Det var du som valde expressfrakt.', span: 'Det var du som valde' },
        { text: 'Det framgår tydligt på vår hemsida.', span: 'Det framgår tydligt på vår hemsida' },
        { text: 'Hade du läst instruktionen hade det inte hänt.', span: 'Hade du läst' },
        { text: 'Felet uppstod eftersom du inte uppdaterade appen.', span: 'eftersom du inte uppdaterade' },
        { text: 'Du borde ha skrivit portkoden i leveransinstruktionen.', span: 'Du borde ha skrivit' },
        { text: 'Ni hade behövt anmäla flytten i tid.', span: 'Ni hade behövt anmäla' },
        { text: 'Du skulle ha granskat bokningen innan du betalade.', span: 'Du skulle ha granskat' },
      ],
      pass: [
        'Du har inte gjort något fel, felet låg hos oss.',
        'Om du har glömt lösenordet kan du återställa det här.',
        'Har du glömt lösenordet?',
        'Du har inte missat något, mejlet har inte skickats än.',
        'Du har angett rätt adress, det var vi som skickade fel.','Kan du kolla om mejlet har kommit fram?', 'Det ser ut som att betalningen inte gick igenom.', 'Du behöver starta om appen efter uppdateringen.', 'Uppenbarligen har något gått fel hos oss, och jag rättar det nu.', 'Du borde ha fått ett sms med koden i går, så jag skickar en ny nu.', 'Du borde ha blivit kontaktad av oss direkt, och det är vårt fel.', 'Jag har missförstått dig, förlåt: jag trodde att du ville avboka.'],
    },
  },
];
