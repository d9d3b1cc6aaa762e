import type { Rule } from '../types.ts';

const common = { lang: 'sv' as const, category: 'blame' as const, severity: 'warning' as const };

export const blameRules: Rule[] = [
  {
    ...common,
    id: 'sv.blame.as-i-said',
    kind: 'phrase',
    message: 'Pointing back at an earlier message sounds impatient and blames the customer for not reading it.',
    why: 'Repeating the answer kindly costs one line; "som jag redan skrivit" costs the relationship.',
    suggestions: [{ text: 'Kort sammanfattat: [svaret]', note: 'Just give the answer again.' }],
    patterns: [
      'som (?:jag|vi) (?:redan|tidigare|ju) (?:har )?(?:skrivit|skrev|sagt|sa|nämnt|nämnde|förklarat|förklarade|informerat|informerade|meddelat|meddelade|påpekat|påpekade)',
      'som (?:jag|vi) (?:har )?(?:skrivit|skrev|sagt|sa|nämnt|nämnde|förklarat|förklarade) (?:redan|tidigare|förut|i (?:mitt|vårt) (?:förra|tidigare|senaste) (?:mejl|mail|e-postmeddelande|meddelande|svar))',
      'som (?:redan|tidigare) (?:nämnts|sagts|skrivits|förklarats)',
      'enligt (?:mitt|vårt) (?:förra|senaste|tidigare) (?:mejl|mail|meddelande|svar)',
      '(?:jag|vi) har redan (?:sagt|skrivit|förklarat|svarat på)',
      'du har redan (?:fått (?:svar|besked|information)|blivit informerad)',
      'för (?:andra|tredje|fjärde) gången',
    ],
    examples: {
      flag: [
        { text: 'Som jag redan skrivit tar återbetalningen tio dagar.', span: 'Som jag redan skrivit' },
        { text: 'Som jag skrev i mitt förra mejl är ordern skickad.', span: 'Som jag skrev i mitt förra mejl' },
        { text: 'Du har redan fått svar på det.', span: 'Du har redan fått svar' },
      ],
      pass: ['Som du skrev kom paketet öppnat, så jag har skickat ett nytt.', 'Så snart det skickas mejlar jag spårningslänken.', 'Jag har nämnt din feedback för produktteamet.'],
    },
  },
  {
    ...common,
    id: 'sv.blame.your-fault',
    kind: 'phrase',
    message: 'This tells the customer they are at fault or talks down to them.',
    why: 'Even when the customer made a mistake, blaming them makes them defend themselves instead of solving it with you.',
    suggestions: [{ text: 'Det ser ut som att [vad som hände]; låt oss [nästa steg]', note: 'Describe what happened without blaming.' }],
    patterns: [
      'du måste ha (?:\\p{L}+ )?(?:glömt|missat|gjort fel|tryckt fel|angett fel|skrivit fel|valt fel|läst fel)',
      '(?:du|ni) (?:borde|skulle|hade behövt) (?:ha )?(?:läst|kontrollerat|kollat|kontrollera|läsa|kolla) (?:villkoren|instruktionerna|informationen|mejlet|först)?',
      '(?:du|ni) (?:har|hade) (?:inte|aldrig) (?:läst|följt|brytt (?:dig|er) om)',
      '(?<![\\p{L}] )uppenbarligen',
      'lugna ner (?:dig|er)',
      '(?:du|ni) (?:måste|behöver) förstå',
      'som det (?:står|framgår) (?:tydligt )?i (?:våra )?(?:villkor|villkoren|avtalet|köpvillkoren|reglerna)',
      '(?:det|detta) är (?:helt )?(?:ditt|ert) (?:eget )?(?:fel|ansvar|problem)',
      'läs (?:mitt|vårt) (?:förra|tidigare) (?:mejl|meddelande) igen',
    ],
    examples: {
      flag: [
        { text: 'Du måste ha angett fel adress.', span: 'Du måste ha angett fel' },
        { text: 'Du borde ha läst villkoren.', span: 'Du borde ha läst villkoren' },
        { text: 'Uppenbarligen har du beställt fel storlek.', span: 'Uppenbarligen' },
        { text: 'Lugna ner dig, tack.', span: 'Lugna ner dig' },
        { text: 'Du måste förstå att vi inte kan göra så.', span: 'Du måste förstå' },
        { text: 'Det är ditt eget fel.', span: 'Det är ditt eget fel' },
      ],
      pass: ['Kan du kolla om mejlet har kommit fram?', 'Det ser ut som att betalningen inte gick igenom.', 'Du måste starta om appen efter uppdateringen.'],
    },
  },
];
