import type { Rule, SentenceContext } from '../types.ts';

const REASON = /(?<![\p{L}])(?:eftersom|därför att|för att|så att|av säkerhetsskäl|för din säkerhet|för att skydda|annars)(?![\p{L}])/u;
const ALTERNATIVE = /(?<![\p{L}])(?:jag kan|vi kan|jag ska|jag har|istället|i stället|däremot|men jag|ett annat alternativ|det jag kan göra)(?![\p{L}])/u;

function explained(ctx: SentenceContext): boolean {
  const window = `${ctx.lower} ${ctx.next.toLowerCase()}`;
  return REASON.test(window) && ALTERNATIVE.test(window);
}

function offersHelp(ctx: SentenceContext): boolean {
  return /(?<![\p{L}])(?:jag (?:skickar|har skickat|ska skicka|kopplar|har kopplat|ringer|hjälper|har bifogat|bifogar|vidarebefordrar)|vi (?:skickar|har skickat|kopplar)|här är (?:deras |numret|länken|adressen)|deras (?:nummer|telefon)|numret är)(?![\p{L}])/u.test(
    `${ctx.lower} ${ctx.next.toLowerCase()}`,
  );
}

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
    kind: 'phrase',
    message: '"Det är företagets policy" hides behind a rule without the reason or what you can do instead.',
    suggestions: [
      { text: '[skälet], så [det jag kan göra för dig i stället]', note: 'Give the reason and an alternative.' },
      { text: 'Jag kan inte [X] eftersom [skäl], men jag kan [alternativ]' },
    ],
    patterns: [
      '(?:det|detta|så) är (?:tyvärr |bara |helt enkelt )?(?:företagets|vår|våra|bolagets|butikens)(?: interna| egen| egna)? (?:policy|policyn|regler|rutiner)',
      'det är (?:tyvärr )?(?:en )?företagspolicy',
      'enligt (?:vår|våra|företagets|bolagets|butikens|gällande|interna)(?: interna)? (?:policy|policyn|regler|riktlinjer|rutiner)',
      '(?:vår|företagets|bolagets) (?:policy|policyn|regler) (?:tillåter inte|säger|är att|medger inte)',
      'regler är regler',
      'så är (?:det|reglerna) bara',
    ],
    unless: (ctx) => explained(ctx),
    examples: {
      flag: [
        { text: 'Det är företagets policy.', span: 'Det är företagets policy' },
        { text: 'Enligt vår policy kan vi inte återbetala öppnade varor.', span: 'Enligt vår policy' },
        { text: 'Tyvärr, det är våra regler.', span: 'det är våra regler' },
        { text: 'Vår policy tillåter inte byten efter 30 dagar.', span: 'Vår policy tillåter inte' },
      ],
      pass: [
        'Din försäkringspolicy är förnyad.',
        'Återbetalningen går till samma kort eftersom ingen annan då kan styra om pengarna; jag kan skicka ett presentkort i dag i stället.',
        'Vår integritetspolicy finns här: https://example.com/privacy',
      ],
    },
  },
  {
    ...common,
    id: 'sv.policy.not-my-call',
    kind: 'phrase',
    message: 'Saying it is not your decision passes the problem back to the customer.',
    suggestions: [{ text: 'Jag kan inte ändra [X] själv, så jag har frågat [team] och återkommer senast [när]', note: 'Own the next step.' }],
    patterns: [
      '(?:det|detta) är inte (?:mitt|vårt) beslut',
      '(?:det|detta) är inte upp till (?:mig|oss)',
      '(?:det|detta) (?:ligger|är) (?:utanför|utom) (?:min|vår) kontroll',
      '(?:det|detta) är inte (?:mitt|vårt) (?:ansvar|fel|bord|problem)',
      '(?:mina|våra) händer är bundna',
      '(?:jag|vi) (?:har inte|saknar) (?:behörighet|befogenhet|mandat)',
      '(?:jag|vi) är inte (?:behörig|behöriga)',
      '(?:jag|vi) bestämmer inte (?:över )?(?:det|detta|reglerna)',
    ],
    examples: {
      flag: [
        { text: 'Det är inte mitt beslut.', span: 'Det är inte mitt beslut' },
        { text: 'Mina händer är bundna här.', span: 'Mina händer är bundna' },
        { text: 'Jag har inte behörighet att ändra adressen.', span: 'Jag har inte behörighet' },
      ],
      pass: ['Det är mitt beslut, och jag har godkänt återbetalningen.', 'Jag har lagt till Sam som behörig användare.'],
    },
  },
  {
    ...common,
    id: 'sv.policy.nothing-to-do',
    kind: 'phrase',
    message: '"Det finns inget jag kan göra" ends the conversation without a way forward.',
    suggestions: [{ text: 'Det jag kan göra är [alternativ]', note: 'Say what is possible.' }],
    patterns: [
      'det finns (?:tyvärr )?(?:inget|ingenting|inte något|inte mycket) (?:mer |annat )?(?:som )?(?:jag|vi) kan göra',
      '(?:(?:jag|vi) kan|kan (?:jag|vi)) (?:tyvärr )?inte göra (?:något|någonting|mer|så mycket)(?: mer)?(?: åt (?:det|saken|detta))?',
      '(?:(?:jag|vi) kan|kan (?:jag|vi)) (?:tyvärr )?inte hjälpa (?:dig |er |till )?(?:med (?:det|detta)|vidare|mer)',
      'inget (?:mer )?(?:jag|vi) kan göra',
    ],
    unless: (ctx) => explained(ctx),
    examples: {
      flag: [
        { text: 'Det finns inget jag kan göra.', span: 'Det finns inget jag kan göra' },
        { text: 'Tyvärr kan vi inte hjälpa dig med det.', span: 'kan vi inte hjälpa dig med det' },
        { text: 'Vi kan inte göra något mer åt det.', span: 'Vi kan inte göra något mer åt det' },
      ],
      pass: ['Finns det något mer jag kan hjälpa till med?', 'Det finns inget du behöver göra: pengarna är på väg.'],
    },
  },
  {
    ...common,
    id: 'sv.policy.system-says-no',
    kind: 'phrase',
    message: 'Blaming "the system" hides who decided and what can be done.',
    suggestions: [{ text: 'Jag kan inte [X] i vårt verktyg, men jag kan [alternativ]', note: 'Own it and offer what is possible.' }],
    patterns: ['(?:systemet|vårt system|datorn) (?:tillåter|låter|godkänner) (?:mig |oss )?inte', 'systemet (?:tillåter|låter) (?:det )?inte'],
    unless: (ctx) => explained(ctx),
    examples: {
      flag: [{ text: 'Systemet tillåter inte det.', span: 'Systemet tillåter inte' }],
      pass: ['Appen stöder inte mörkt läge än; jag har lagt till din röst och hör av mig när det kommer.'],
    },
  },
  {
    ...common,
    id: 'sv.policy.go-elsewhere',
    kind: 'phrase',
    message: 'Sending the customer elsewhere with no help makes them start over.',
    suggestions: [{ text: 'Jag har skickat ditt ärende till [team] med alla detaljer, och de hör av sig senast [när]', note: 'Do the hand-off for them.' }],
    patterns: [
      '(?:du|ni) (?:får|måste|behöver|bör|skulle behöva) (?:själv |själva )?(?:vända (?:dig|er) till|kontakta|ringa|höra av (?:dig|er) till|gå till)(?! oss| mig| vår| vårt| våra)',
      '(?:det|detta) är inte något (?:vi|jag) (?:hanterar|sköter|kan hjälpa till med)',
      'vi hanterar inte (?:sådana|den typen av) ärenden',
    ],
    unless: (ctx) => offersHelp(ctx),
    examples: {
      flag: [
        { text: 'Du får vända dig till tillverkaren.', span: 'Du får vända dig till' },
        { text: 'Du måste kontakta banken.', span: 'Du måste kontakta' },
        { text: 'Vi hanterar inte sådana ärenden.', span: 'Vi hanterar inte sådana ärenden' },
      ],
      pass: ['Du behöver kontakta banken för att häva spärren; jag skickar intyget de behöver i dag.', 'Du behöver starta om routern efter uppdateringen.', 'Du får gärna kontakta oss igen.'],
    },
  },
];
