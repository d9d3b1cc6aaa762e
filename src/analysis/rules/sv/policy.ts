import type { Rule } from '../types.ts';

/**
 * Swedish policy deflections as constructions over the word classes in src/analysis/classes/sv.ts.
 * Swedish is verb-second: after "Tyvärr" the verb comes before the subject ("Tyvärr kan vi inte…"),
 * so inabilities are written in both orders. A rule explained with its reason and an alternative,
 * a hand-off the agent does, a condition or a question are fine (shared conditions).
 */
const STANDARD_EXCEPTIONS = ['reason-and-alternative', 'agent-offers', 'hypothetical', 'question'] as const;
/** A rule cited in the customer's favour is no deflection (only the rule-citing constructions). */
const RULE_EXCEPTIONS = [...STANDARD_EXCEPTIONS, 'customer-benefit'] as const;
/** One free word (an object, a pronoun) that may sit inside a construction. */
const W = '(?:[\\p{L}-]+ )';

const common = {
  lang: 'sv' as const,
  category: 'policy-deflection' as const,
  severity: 'warning' as const,
  why: 'Hiding behind a rule or another team leaves the customer stuck; explain why and say what you can do.',
};

export const policyRules: Rule[] = [
  {
    ...common,
    id: 'sv.policy.company-policy',
    kind: 'construction',
    message: '"Det är företagets policy" hides behind a rule without the reason or what you can do instead.',
    suggestions: [
      { text: '[skälet], så därför [vad jag kan göra för dig]', note: 'Give the reason and an alternative.' },
      { text: 'Jag kan inte [X] eftersom [skäl], men jag kan [alternativ]' },
    ],
    patterns: [
      '(?:det|detta|så) är (?:{HEDGE} )?(?:en )?{OUR_RULE}(?: interna| egen| egna)? {POLICY_NOUN}',
      'det är (?:{HEDGE} )?(?:en )?företagspolicy',
      '{DUE_TO} {OUR_RULE}(?: interna)? {POLICY_NOUN}',
      '{OUR_RULE} {POLICY_NOUN} (?:{SYSTEM_REFUSES}|säger|är att|är tydliga|är strikta)',
      // "Vi följer våra rutiner och kan inte frångå dem": the rule held up as the answer.
      '{AGENT} (?:{HEDGE} )?(?:följer|måste följa|är tvungna att följa|är skyldiga att följa|är bundna av|måste hålla oss till|håller oss till) (?:{HEDGE} )?(?:de |våra )?(?:{OUR_RULE} )?(?:{POLICY_NOUN}|[\\p{L}]*villkoren|[\\p{L}]*reglerna)(?=[^.!?;]{0,60}?(?:kan inte|kan tyvärr inte|går inte|inte frångå|inga undantag)|[^.!?;,]{0,30}[.!]?\\s*$)',
    ],
    except: [...RULE_EXCEPTIONS],
    examples: {
      flag: [
        { text: 'Kundtjänst följer interna direktiv och kan inte frångå dem.', span: 'Kundtjänst följer interna direktiv' },
        { text: 'Vi är tvungna att följa försäkringsvillkoren.', span: 'Vi är tvungna att följa försäkringsvillkoren' },
        { text: 'Vi följer bara de föreskrifter vi har fått.', span: 'Vi följer bara de föreskrifter' },
        { text: 'Det är företagets policy.', span: 'Det är företagets policy' },
        { text: 'Enligt vår policy kan vi inte återbetala öppnade varor.', span: 'Enligt vår policy' },
        { text: 'Tyvärr, det är våra regler.', span: 'det är våra regler' },
        { text: 'Vår policy tillåter inte byten efter 30 dagar.', span: 'Vår policy tillåter inte' },
        // Paraphrases.
        { text: 'I enlighet med gällande riktlinjer stängdes kontot.', span: 'I enlighet med gällande riktlinjer' },
        { text: 'Det är tyvärr en företagspolicy.', span: 'Det är tyvärr en företagspolicy' },
        { text: 'Så är butikens rutiner.', span: 'Så är butikens rutiner' },
        { text: 'Koncernens bestämmelser medger inte det.', span: 'Koncernens bestämmelser medger inte' },
        { text: 'Det är dessvärre bolagets regler.', span: 'Det är dessvärre bolagets regler' },
      ],
      pass: [
        'Vi följer köpvillkoren, så du får tillbaka hela beloppet inom fem dagar.',
        'Enligt försäkringsvillkoren täcks inte vattenskador på grund av slitage, eftersom de räknas som ålder; däremot kan jag erbjuda dig en reparation till självkostnadspris.',
        'Din försäkringspolicy är förnyad.',
        // The rule cited in the customer's favour.
        'Enligt våra villkor har du rätt till full återbetalning, och den är redan gjord.',
        'Återbetalningen går till samma kort eftersom ingen annan då kan styra om pengarna; jag kan skicka ett presentkort i dag i stället.',
        'Vår integritetspolicy finns här: https://example.com/privacy',
        'Ditt försäkringsbrev med försäkringsnumret kommer med posten.',
      ],
    },
  },
  {
    ...common,
    id: 'sv.policy.cannot',
    kind: 'construction',
    message: 'Saying you cannot (or will not) do it, with no reason and nothing offered instead, is a flat refusal.',
    suggestions: [{ text: 'Jag kan inte [X] eftersom [skäl]; det jag kan göra är [alternativ]', note: 'Give the reason and what is possible.' }],
    patterns: [
      `{AGENT} (?:{HEDGE} )?{INABILITY} (?:{HEDGE} )?${W}??{SERVICE_ACTION}`,
      `{MODAL} {AGENT} (?:{HEDGE} )?{INABILITY_INVERTED} (?:{HEDGE} )?${W}??{SERVICE_ACTION}`,
      '{AGENT} {REFUSE_VERB} (?:{HEDGE} )?(?:inte|ej|aldrig)',
      '{AGENT} tar (?:{HEDGE} )?(?:inte|ej|aldrig) (?:emot|tillbaka)',
    ],
    except: [...STANDARD_EXCEPTIONS],
    examples: {
      flag: [
        { text: 'Vi kan tyvärr inte gå dig till mötes.', span: 'Vi kan tyvärr inte gå dig till mötes' },
        { text: 'Tyvärr har vi inte möjlighet att återbetala biljetter som redan har utfärdats.', span: 'har vi inte möjlighet att återbetala' },
        { text: 'Vi kan inte byta varan.', span: 'Vi kan inte byta' },
        { text: 'Vi är inte berättigade att efterskänka räntan.', span: 'Vi är inte berättigade att efterskänka' },
        { text: 'Vi återbetalar inte öppnade förpackningar.', span: 'Vi återbetalar inte' },
        // Paraphrases.
        { text: 'Jag saknar befogenhet att stryka avgiften.', span: 'Jag saknar befogenhet att stryka' },
        { text: 'Kundtjänst är inte behörig att godkänna undantag.', span: 'Kundtjänst är inte behörig att godkänna' },
        { text: 'Dessvärre kan jag inte längre förlänga abonnemanget.', span: 'kan jag inte längre förlänga' },
        { text: 'Butiken tar inte tillbaka reavaror.', span: 'Butiken tar inte tillbaka' },
        { text: 'Tyvärr kunde teamet ej ersätta skadan.', span: 'kunde teamet ej ersätta' },
        { text: 'Företaget ersätter aldrig fraktkostnaden.', span: 'Företaget ersätter aldrig' },
        { text: 'Vi kan inte i dagsläget återbetala avgiften.', span: 'Vi kan inte i dagsläget återbetala' },
      ],
      pass: [
        'Vi kan tyvärr inte hitta din order, kan du skicka ordernumret?',
        'Jag kan inte hitta din order – kan du skicka ordernumret?',
        'Vi kan inte återbetala till ett annat kort, eftersom pengarna annars kan hamna fel; jag kan skicka ett presentkort i dag i stället.',
        'Vi kan inte ändra bokningen via mejl, eftersom vi först måste se att det är du. Det enklaste sättet är att logga in i appen och välja Ändra.',
        'Om vi inte kan byta varan före fredag återbetalar jag hela beloppet.',
        'Kan vi inte boka om till tisdag i stället?',
      ],
    },
  },
  {
    ...common,
    id: 'sv.policy.not-my-call',
    kind: 'construction',
    message: 'Saying it is not your decision, or that someone else handles it, passes the problem back to the customer.',
    suggestions: [{ text: 'Jag kan inte ändra [X] själv, så jag har bett [vem] och hör av mig senast [när]', note: 'Own the next step.' }],
    patterns: [
      '(?:(?:det|detta) är )?{NOT_OURS}',
      '(?:ligger|är) (?:{HEDGE} )?(?:utanför|utom|bortom) (?:min|mitt|mina|vår|vårt|våra) {CONTROL}',
      // "Det ligger inte inom vårt ansvar", "det står inte i min makt".
      '(?:ligger|är|faller) (?:{HEDGE} )?(?:inte|ej) (?:{HEDGE} )?(?:inom|under|i) (?:min|mitt|mina|vår|vårt|våra) {CONTROL}',
      'står (?:{HEDGE} )?(?:inte|ej) i (?:min|vår) makt',
      // "Kundtjänst hanterar inte reklamationer": such matters declared not ours.
      '{AGENT} (?:hanterar|handlägger|behandlar|tar hand om|sköter) (?:{HEDGE} )?(?:inte|ej) (?:den här typen av |sådana |dessa |den typen av )?(?:frågor|ärenden|reklamationer|klagomål|[\\p{L}]*ärenden|[\\p{L}]*frågor)',
      // "Den informationen har vi inte tillgång till": nothing to tell, nothing offered.
      '(?:den|denna|sådan|den här) (?:informationen|uppgiften|uppgifterna|informationen) har (?:vi|jag) (?:{HEDGE} )?(?:inte|ej) (?:{HEDGE} )?(?:tillgång till|access till)',
      '(?:vi|jag) har (?:{HEDGE} )?(?:inte|ingen) (?:{HEDGE} )?(?:tillgång till|insyn i|information om) (?:den|denna|sådan|den här|de|dessa) (?:informationen|uppgiften|uppgifterna|informationen|typen av uppgifter)',
      '{HANDED_TO} (?:{HEDGE} )?(?:helt |enbart |endast |bara )?av (?:vår |vårt |våra |din |er )?{OTHER_PARTY}',
      '(?:är|ligger) (?:{HEDGE} )?(?:helt )?upp till {OTHER_PARTY}',
      // "hos" alone is where a parcel is ("paketet ligger hos ombudet"); a decision lying there is a hand-off.
      '(?:beslutet|ansvaret|avgörandet|frågan) (?:är|ligger) (?:{HEDGE} )?(?:helt )?hos {OTHER_PARTY}',
      'inget (?:som )?(?:jag|vi)(?: på [\\p{L}]+| här)? kan (?:hjälpa (?:dig |er )?(?:till )?med|påverka|göra något åt)',
      'det är {OTHER_PARTY} som (?:bestämmer|beslutar|avgör|styr|hanterar|sköter|fattar beslutet|ansvarar|har ansvaret)',
      // "Det är en fråga för banken", "det är säljarens sak": the matter declared someone else's.
      '(?:det|detta|det här) är (?:helt |i så fall |alltså )?(?:en (?:fråga|sak)|ett ärende) för {OTHER_PARTY}',
      '(?:det|detta|det här) är (?:helt |i så fall |alltså )?{OTHER_PARTY_GEN} (?:sak|ansvar|beslut|bord|ansvarsområde|område)',
      // "Återbetalningstiden beror på din bank" ("beror på att" gives a reason and is not matched).
      'beror (?:helt |enbart |bara |endast )?på {OTHER_PARTY}',
    ],
    except: ['reason-and-alternative', 'agent-hands-off', 'agent-offers', 'hypothetical', 'question'],
    examples: {
      flag: [
        { text: 'Vi ansvarar inte för förseningar hos PostNord.', span: 'Vi ansvarar inte för' },
        { text: 'Vi tar inget ansvar för fel som uppstått under transporten.', span: 'Vi tar inget ansvar' },
        { text: 'Det är en fråga för tullverket.', span: 'Det är en fråga för tullverket' },
        { text: 'Det faller tyvärr inte inom vårt uppdrag.', span: 'faller tyvärr inte inom vårt uppdrag' },
        { text: 'Det står inte i min makt att ändra det.', span: 'står inte i min makt' },
        { text: 'Supporten sköter inte sådana ärenden.', span: 'Supporten sköter inte sådana ärenden' },
        { text: 'Den informationen har vi tyvärr inte tillgång till.', span: 'Den informationen har vi tyvärr inte tillgång till' },
        { text: 'Det är bankens sak.', span: 'Det är bankens sak' },
        { text: 'Återbetalningstiden beror på din bank.', span: 'beror på din bank' },
        { text: 'Det är inte mitt beslut.', span: 'Det är inte mitt beslut' },
        { text: 'Mina händer är bundna här.', span: 'Mina händer är bundna' },
        { text: 'Det är inte vi som bestämmer det.', span: 'Det är inte vi som bestämmer' },
        { text: 'Ersättningen bedöms av försäkringskassan.', span: 'bedöms av försäkringskassan' },
        { text: 'Presentinslagning är inget vi erbjuder.', span: 'inget vi erbjuder' },
        { text: 'Tyvärr, jag har inte behörighet.', span: 'jag har inte behörighet' },
        { text: 'Själva leveransen sköts av budfirman.', span: 'sköts av budfirman' },
        // Paraphrases.
        { text: 'Det är inget vi kan påverka.', span: 'Det är inget vi kan påverka' },
        { text: 'Det ligger tyvärr utanför mina befogenheter.', span: 'ligger tyvärr utanför mina befogenheter' },
        { text: 'Platserna fördelas av flygbolaget.', span: 'fördelas av flygbolaget' },
        { text: 'Beslutet fattades av säkerhetsavdelningen.', span: 'fattades av säkerhetsavdelningen' },
        { text: 'Tidpunkten är helt upp till kortutgivaren.', span: 'är helt upp till kortutgivaren' },
        { text: 'Det är försäkringsbolaget som avgör.', span: 'Det är försäkringsbolaget som avgör' },
        { text: 'Det ligger helt enkelt utanför vår kontroll.', span: 'ligger helt enkelt utanför vår kontroll' },
        { text: 'Beslutet tas av vår ekonomiavdelning.', span: 'tas av vår ekonomiavdelning' },
        { text: 'Ansvaret ligger hos transportören.', span: 'Ansvaret ligger hos transportören' },
        { text: 'Det är inget vi på kundtjänst kan hjälpa till med.', span: 'inget vi på kundtjänst kan hjälpa till med' },
        { text: 'Vi är bara en förmedlare av biljetterna.', span: 'Vi är bara en förmedlare' },
        { text: 'Det är hyresvärden som ansvarar för elementen.', span: 'Det är hyresvärden som ansvarar' },
      ],
      pass: [
        'Vi ansvarar för frakten tillbaka, så du behöver inte betala något.',
        'Förseningen beror på att tåget stod still i Hallsberg, och jag har redan bokat om dig.',
        'Jag har kontaktat banken åt dig och de återkommer i morgon.',
        'Det är mitt beslut, och jag har godkänt återbetalningen.',
        'Leveransen sköts av budfirman, så jag har själv kontaktat dem med ditt ordernummer och hör av mig i morgon.',
        'Det är upp till dig: jag kan återbetala eller skicka en ny i dag.',
        'Systemet visar att paketet ligger hos ombudet sedan i går.',
      ],
    },
  },
  {
    ...common,
    id: 'sv.policy.nothing-to-do',
    kind: 'construction',
    message: '"Det finns inget jag kan göra" ends the conversation without a way forward.',
    suggestions: [{ text: 'Det jag kan göra är [alternativ]', note: 'Say what is possible.' }],
    patterns: [
      'det finns (?:{HEDGE} )?(?:inget|ingenting|inte något|inte mycket) (?:mer |annat )?(?:som )?(?:jag|vi) kan göra',
      '(?:{AGENT} {INABILITY}|{MODAL} {AGENT} (?:{HEDGE} )?{INABILITY_INVERTED}) (?:{HEDGE} )?göra (?:något|någonting|mer|så mycket)(?: mer)?(?: åt (?:det|saken|detta))?',
      '(?:{AGENT} {INABILITY}|{MODAL} {AGENT} (?:{HEDGE} )?{INABILITY_INVERTED}) (?:{HEDGE} )?hjälpa (?:dig |er |till )?(?:med (?:det|detta|det här)|vidare|mer)',
      'inget (?:mer )?(?:jag|vi) kan göra',
      '(?:jag|vi) har gjort (?:allt|det) (?:vi|jag) kan',
    ],
    except: [...STANDARD_EXCEPTIONS],
    examples: {
      flag: [
        { text: 'Vi har inga möjligheter att göra något åt det.', span: 'Vi har inga möjligheter att göra något åt det' },
        { text: 'Det finns inget jag kan göra.', span: 'Det finns inget jag kan göra' },
        { text: 'Tyvärr kan vi inte hjälpa dig med det.', span: 'kan vi inte hjälpa dig med det' },
        { text: 'Vi kan inte göra något mer åt det.', span: 'Vi kan inte göra något mer åt det' },
        // Paraphrases.
        { text: 'Så jag kan tyvärr inte göra något mer.', span: 'jag kan tyvärr inte göra något mer' },
        { text: 'Kundservice har ingen möjlighet att hjälpa till vidare.', span: 'Kundservice har ingen möjlighet att hjälpa till vidare' },
        { text: 'Vi har gjort allt vi kan.', span: 'Vi har gjort allt vi kan' },
        { text: 'Tyvärr kunde butiken inte längre hjälpa dig vidare.', span: 'kunde butiken inte längre hjälpa dig vidare' },
        { text: 'Här får teamet ej göra något mer åt saken.', span: 'får teamet ej göra något mer åt saken' },
        { text: 'Företaget kan inte göra något mer.', span: 'Företaget kan inte göra något mer' },
        { text: 'Det finns beklagligtvis ingenting mer vi kan göra.', span: 'Det finns beklagligtvis ingenting mer vi kan göra' },
      ],
      pass: ['Finns det något mer jag kan hjälpa till med?', 'Det finns inget du behöver göra: pengarna är på väg.', 'Vi kan inte göra något mer på distans, så jag har bokat en tekniker till torsdag.'],
    },
  },
  {
    ...common,
    id: 'sv.policy.system-says-no',
    kind: 'construction',
    message: 'Blaming "the system" hides who decided and what can be done.',
    suggestions: [{ text: 'Jag kan inte [X] i vårt verktyg, men jag kan [alternativ]', note: 'Own it and offer what is possible.' }],
    patterns: [
      `{SYSTEM} ${W}??{SYSTEM_REFUSES}`,
      '{SYSTEM} (?:låter|godkänner) (?:mig |oss )?inte',
      '(?:så|det är så) (?:fungerar|funkar) (?:vårt |vår |det )?[\\p{L}]*(?:system|plattform)[\\p{L}]*',
      'det är (?:{HEDGE} )?så (?:{SYSTEM}|det) (?:fungerar|funkar|är byggt|är uppbyggt)',
      // "Det är en begränsning i systemet".
      '(?:en |det är (?:{HEDGE} )?en )(?:teknisk )?begränsning (?:i|hos) {SYSTEM}',
      '{SYSTEM} har (?:{HEDGE} )?(?:en|vissa) (?:teknisk[a]? )?begränsning(?:ar)?',
    ],
    except: [...STANDARD_EXCEPTIONS],
    examples: {
      flag: [
        { text: 'Det är en begränsning i kassasystemet.', span: 'Det är en begränsning i kassasystemet' },
        { text: 'Det är så bokningsmotorn fungerar.', span: 'Det är så bokningsmotorn fungerar' },
        { text: 'Lagersystemet har tyvärr en begränsning.', span: 'Lagersystemet har tyvärr en begränsning' },
        { text: 'Systemet tillåter inte det.', span: 'Systemet tillåter inte' },
        // Paraphrases.
        { text: 'Bokningssystemet godtar inte ändringen.', span: 'Bokningssystemet godtar inte' },
        { text: 'Så fungerar vårt faktureringssystem.', span: 'Så fungerar vårt faktureringssystem' },
        { text: 'Datorn låter mig inte.', span: 'Datorn låter mig inte' },
      ],
      pass: [
        'Systemet visar att betalningen gick igenom 14:02.','Appen stöder inte mörkt läge än; jag har lagt till din röst och hör av mig när det kommer.', 'Systemet tillåter två enheter per konto, och du har en ledig.'],
    },
  },
  {
    ...common,
    id: 'sv.policy.unchangeable',
    kind: 'construction',
    message: 'Declaring that something cannot be changed, with no reason or way forward, closes the door on the customer.',
    suggestions: [{ text: '[X] går inte att ändra eftersom [skäl]; det jag kan göra är [alternativ]' }],
    patterns: [
      '(?:kan|får) (?:{HEDGE} )?(?:inte|ej) {PASSIVE_CHANGE}',
      `{IMPOSSIBLE} (?:{HEDGE} )?${W}??{SERVICE_ACTION}`,
      '{NO_EXCEPTION}',
      // "Ersättning utgår inte i ditt fall", "återbetalning görs inte": the remedy refused in the passive.
      '(?:återbetalning|ersättning|kompensation|kreditering|prisavdrag|avdrag|gottgörelse|skadestånd)(?:en|ar)? (?:görs|ges|betalas ut|utgår|lämnas|beviljas|medges|erbjuds|sker|utbetalas) (?:{HEDGE} )?(?:inte|ej)',
      // "Din ansökan har avslagits", "vi måste tyvärr avslå din begäran": the refusal with no one deciding.
      '(?:har|har tyvärr|har dessvärre) (?:avslagits|nekats|avvisats)',
      // With its noun, so "om" in "ansökan om ersättning" is not read as a condition.
      '(?:ansökan|ansökningen|begäran|reklamationen|anspråket|kravet|överklagandet|invändningen)(?: om [\\p{L}-]+)? (?:har |kommer att )?(?:{HEDGE} )?(?:avslagits|nekats|avvisats|avslås|nekas|avslagit)',
      '(?:vi|jag) (?:måste|är tvungna att|är tvungen att|har|har valt att) (?:{HEDGE} )?(?:avslå|avslagit|neka|nekat|avvisa|avvisat) (?:din|er|ditt|ert)',
    ],
    except: [...STANDARD_EXCEPTIONS],
    unless: (ctx, match) => /^\s*(?:av (?:någon|andra|obehöriga)|utan (?:ditt|din|er))/u.test(ctx.lower.slice(match.end)),
    examples: {
      flag: [
        { text: 'Din ansökan om ersättning har avslagits.', span: 'ansökan om ersättning har avslagits' },
        { text: 'Ersättning utgår inte i ditt fall.', span: 'Ersättning utgår inte' },
        { text: 'Återbetalning görs inte för påbörjade perioder.', span: 'Återbetalning görs inte' },
        { text: 'Vi måste beklagligtvis avslå din begäran.', span: 'Vi måste beklagligtvis avslå din' },
        { text: 'Reglerna är desamma för alla.', span: 'Reglerna är desamma för alla' },
        { text: 'Varan omfattas inte av garantin.', span: 'omfattas inte av garantin' },
        { text: 'Vi har tyvärr inga andra alternativ.', span: 'Vi har tyvärr inga andra alternativ' },
        { text: 'Fakturor kan inte ändras när de väl har skapats.', span: 'kan inte ändras' },
        { text: 'Det går inte att göra undantag.', span: 'går inte att göra undantag' },
        // Paraphrases.
        { text: 'Biljetten kan tyvärr inte återbetalas.', span: 'kan tyvärr inte återbetalas' },
        { text: 'Biljetten är ej återbetalningsbar.', span: 'ej återbetalningsbar' },
        { text: 'Beslutet står fast.', span: 'Beslutet står fast' },
        { text: 'I så fall är det inte möjligt för oss att flytta bokningen.', span: 'är det inte möjligt för oss att flytta' },
        { text: 'Det är inte möjligt för oss att påskynda leveransen.', span: 'är inte möjligt för oss att påskynda' },
        { text: 'Skadan omfattas inte av garantin.', span: 'omfattas inte av garantin' },
        { text: 'Det är omöjligt att omboka resan.', span: 'är omöjligt att omboka' },
        { text: 'Vi gör inga undantag.', span: 'Vi gör inga undantag' },
        { text: 'Beslutet är slutgiltigt.', span: 'Beslutet är slutgiltigt' },
      ],
      pass: [
        'Garantin täcker skadan, så vi byter ut telefonen kostnadsfritt.',
        'Din ansökan om ersättning har godkänts och pengarna betalas ut på fredag.',
        'Tyvärr går det inte att flytta provet, eftersom tiden ligger hos Trafikverket, men blir du sjuk kan jag boka om det åt dig.',
        'Ordern kan inte ändras eftersom den redan är packad, men jag kan skicka en returetikett direkt när den kommit.',
        'Lösenordet kan inte ändras av någon annan än du.',
        'Det går inte att ladda upp filen just nu – prova igen om en timme, så tittar jag på det under tiden.',
      ],
    },
  },
  {
    ...common,
    id: 'sv.policy.go-elsewhere',
    kind: 'construction',
    message: 'Sending the customer elsewhere with no help makes them start over.',
    suggestions: [{ text: 'Jag har skickat ditt ärende till [team] med alla detaljer, och de hör av sig senast [när]', note: 'Do the hand-off for them.' }],
    patterns: [
      '{MUST} (?:{HEDGE} )?{CONTACT_VERB}(?! (?:oss|mig|vår|vårt|våra|kundtjänst|kundservice)(?![\\p{L}]))',
      '{CONTACT_IMPERATIVE} (?:{HEDGE} )?{OTHER_PARTY}',
      `(?:alla|övriga|sådana) (?:frågor|ärenden|klagomål|reklamationer) ${W}{0,5}?(?:med|till|hos) {OTHER_PARTY}`,
      // "Det får du ta med säljaren", "vi hänvisar dig till tillverkaren".
      '(?:det|detta|det här|sådant) får (?:du|ni) (?:själv )?(?:ta upp med|ta med|{CONTACT_VERB}) {OTHER_PARTY}',
      '(?:hänvisar|hänvisa) (?:dig |er )?(?:vidare )?till {OTHER_PARTY}',
    ],
    except: ['agent-hands-off', 'reason-and-alternative', 'hypothetical', 'question', 'no-need'],
    examples: {
      flag: [
        { text: 'Det får du ta med säljaren.', span: 'Det får du ta med säljaren' },
        { text: 'Vi hänvisar dig till rederiet.', span: 'hänvisar dig till rederiet' },
        { text: 'Det får du reklamera hos verkstaden.', span: 'Det får du reklamera hos verkstaden' },
        { text: 'Du får vända dig till tillverkaren.', span: 'Du får vända dig till' },
        { text: 'Du måste kontakta banken.', span: 'Du måste kontakta' },
        // Paraphrases.
        { text: 'Ni bör ta upp det med säljaren.', span: 'Ni bör ta upp det med' },
        { text: 'Du skulle behöva ringa operatören.', span: 'Du skulle behöva ringa' },
        { text: 'Vänd dig till postnord.', span: 'Vänd dig till postnord' },
        { text: 'Du måste själv kontakta försäkringsbolaget.', span: 'Du måste själv kontakta' },
        { text: 'Alla frågor om leveransen får du ta med återförsäljaren.', span: 'Alla frågor om leveransen får du ta med återförsäljaren' },
      ],
      pass: [
        'Bankens kundtjänst nås på 0771-22 11 22, och jag har redan skickat dem ärendenumret.','Du behöver kontakta banken för att häva spärren; jag skickar intyget de behöver i dag.', 'Du behöver starta om routern efter uppdateringen.', 'Du får gärna kontakta oss igen.', 'Du slipper kontakta banken själv, pengarna är redan tillbaka.'],
    },
  },
];
