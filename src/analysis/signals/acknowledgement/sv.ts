import type { SignalConstruction } from '../construction.ts';

/**
 * Swedish acknowledgement: the agent recognises the customer's feeling or situation in words.
 * Constructions over the classes in classes/sv.ts ("signals: acknowledgement" block).
 */
const SUBJECT = '(?:det|detta|det här|det där|vilket|allt det här|allt detta|sånt|något sådant|sådant)';
const BE = '(?: är| låter| måste vara| var| blir| blev| känns| kändes| kan vara| måste ha varit| har varit| låter som)';

export const swedishAcknowledgement: readonly SignalConstruction[] = [
  {
    doc: 'Jag/vi + förstår / kan tänka mig…: agenten sätter sig in i kundens läge.',
    pattern: '(?:jag|vi) (?:{SV_ACK_ADVERB} ){0,2}{SV_PERCEIVE}|(?:jag|vi) (?:{SV_ACK_ADVERB} ){0,2}{SV_SEE} (?:{SV_ACK_ADVERB} )?(?:hur|varför|vad du menar|vad ni menar)(?! (?:du|ni) (?:gör|ska|kan)\\b)',
    examples: {
      hit: ['Jag förstår verkligen att det här är frustrerande.', 'Vi kan tänka oss hur stressigt det var.', 'Jag ser precis varför du reagerade.', 'Jag har full förståelse för att ni vill ha pengarna tillbaka.'],
      pass: ['Jag ser hur du gör i appen, så jag skickar en guide.', 'Vi ser att beställningen är skickad.'],
    },
  },
  {
    doc: 'Det är/låter + (verkligen) + tråkigt/frustrerande…; eller värderingen först: "Tråkigt att diskmaskinen läcker".',
    pattern: `${SUBJECT}${BE}? (?:{SV_INTENSIFIER} ){0,2}{SV_NEG_EVAL}|(?:^|[,.!–—-] ?)(?:vad |så |{SV_INTENSIFIER} )?{SV_NEG_EVAL} (?:att|när|med)(?! (?:säga|veta|svara|avgöra)\\b)|(?:^|[,.!–—-] ?)(?:vad|så) (?:{SV_INTENSIFIER} )?{SV_NEG_EVAL}`,
    examples: {
      hit: ['Tråkigt att diskmaskinen har börjat läcka efter bara ett år.', 'Det är alldeles för länge när man är utomlands utan kort.', 'Det låter verkligen stressigt.', 'Vad snopet!'],
      pass: ['Svårt att säga när delen kommer.', 'Det är bra att du sparade kvittot.'],
    },
  },
  {
    doc: 'Kundens känsla medges: "din frustration är helt förståelig", "det är befogat att du är arg".',
    pattern: '(?:din|er|den|denna|all|den här) (?:{SV_FEELING_NOUN}) (?:är|är helt|är fullt|är mycket|känns) (?:{SV_JUSTIFIED})|(?:det är|det är helt|det är fullt|helt) (?:{SV_JUSTIFIED}) att (?:du|ni)|(?:jag|vi) förstår (?:din|er) (?:{SV_FEELING_NOUN})',
    examples: {
      hit: ['Din frustration är helt förståelig.', 'Det är helt befogat att du är arg.', 'Vi förstår din besvikelse.'],
      pass: ['Din beställning är helt klar.'],
    },
  },
  {
    doc: 'Kundens känsla som tillstånd: "du måste vara frustrerad", "ni har all rätt att vara besvikna".',
    pattern: '(?<!(?:om|ifall|när) )(?:du|ni) (?:måste vara|måste ha blivit|blev|är förstås|är säkert|låter|verkar|känner dig|känner er|har blivit) (?:{SV_INTENSIFIER} )?(?:{SV_CUSTOMER_FEELING})|(?:du|ni) har (?:all|full|helt) rätt att (?:vara|känna|bli|kräva|förvänta)',
    examples: {
      hit: ['Du måste vara väldigt frustrerad vid det här laget.', 'Ni har all rätt att vara besvikna.'],
      pass: ['Om du är missnöjd kan du returnera varan inom 30 dagar.'],
    },
  },
  {
    doc: 'Så ska det inte vara / ingen vill…: en gemensam mänsklig bedömning.',
    pattern: 'så (?:ska|får|bör) det inte (?:vara|gå till)|det (?:borde|skulle) (?:aldrig |inte )(?:ha hänt|hända|ha behövts)|(?:du|ni) (?:ska|skulle) (?:inte|aldrig) (?:behöva|ha behövt)|ingen (?:vill|gillar|tycker om|förtjänar)',
    examples: {
      hit: ['Så ska det inte vara.', 'Du ska inte behöva ringa tre gånger om samma sak.', 'Ingen vill stå utan värme i november.'],
      pass: ['Du behöver inte logga in igen.'],
    },
  },
  {
    doc: 'Ursäkt med kundens känsla i ord, medhåll och en mänsklig reaktion.',
    pattern: '(?:jag är|vi är) (?:{SV_INTENSIFIER} )?(?:ledsen|ledsna) (?:att|för att|över att) (?:du|ni|din|ditt|dina|er|det)|(?:du|ni) har (?:helt |absolut |alldeles )?rätt|(?:^|[,.!] ?)(?:oj|aj|usch|attans|fy|oj då|aj då|nej men|åh nej|nej då)(?=[,.!…]| vad| så| det|$)|(?:kul|roligt|glad|glada|skönt) att (?:höra|läsa)|(?:jag|vi) hör (?:dig|er|vad du säger)',
    examples: {
      hit: ['Jag är ledsen att du fick ett standardsvar i stället för dina pengar.', 'Du har helt rätt.', 'Usch, vilken start på semestern.', 'Skönt att höra att routern fungerar.'],
      pass: ['Har du rätt adress i kontot?'],
    },
  },
];
