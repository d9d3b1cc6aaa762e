import type { Rule } from '../types.ts';

/** Canned Swedish business-speak, as constructions over the classes in src/analysis/classes/sv.ts. */
export const jargonRules: Rule[] = [
  {
    id: 'sv.jargon.canned',
    kind: 'construction',
    lang: 'sv',
    category: 'jargon',
    severity: 'hint',
    message: 'Corporate stock phrase: it puts distance between you and the customer.',
    why: 'Customers skim past canned lines; plain words sound like a person who is helping.',
    suggestions: [{ text: '[säg det enkelt, som till en vän]', note: 'Use your own words.' }],
    patterns: [
      '{NOTIFY}',
      'vi (?:värdesätter|uppskattar|sätter stort värde på) {VALUED}',
      '{YOUR_VOICE} är (?:mycket |väldigt |oerhört )?(?:viktig[at]?|värdefull[at]?) för oss',
      // "Vi tar din återkoppling på största allvar".
      '(?:vi|jag) tar (?:[\\p{L}]+ ){0,3}?på (?:största|stort|fullaste) allvar',
      '{CANNED}',
      '(?:(?:vi|jag) har |(?:ditt|ert) ärende har )?{ROUTED} (?:ditt |ert |detta |ärendet |dem |den |det |dina synpunkter |din feedback )?(?:ärende )?till {RELEVANT_UNIT}',
      '(?:berörd|ansvarig|relevant|behörig)[\\p{L}]* (?:avdelning|instans|funktion|enhet)[\\p{L}]*',
    ],
    examples: {
      flag: [
        { text: 'Vi tackar för ditt tålamod.', span: 'Vi tackar för ditt tålamod' },
        { text: 'Ditt ärende är under handläggning.', span: 'är under handläggning' },
        { text: 'Med anledning av ditt ärende vill vi meddela att beslutet står fast.', span: 'Med anledning av ditt ärende' },
        { text: 'Vi hoppas på ett fortsatt gott samarbete.', span: 'fortsatt gott samarbete' },
        { text: 'Vi har tagit del av ditt ärende.', span: 'Vi har tagit del av ditt ärende' },
        { text: 'Vi ber dig ha överseende med detta.', span: 'Vi ber dig ha överseende' },
        { text: 'Vi vill informera om att ordern är skickad.', span: 'Vi vill informera om att' },
        { text: 'Vänligen notera att leveransen dröjer.', span: 'Vänligen notera att' },
        { text: 'Ditt samtal är viktigt för oss.', span: 'Ditt samtal är viktigt för oss' },
        { text: 'Vi värdesätter dig som kund.', span: 'Vi värdesätter dig som kund' },
        { text: 'Vi har eskalerat ditt ärende till berörd avdelning.', span: 'Vi har eskalerat ditt ärende till berörd avdelning' },
        { text: 'Enligt våra register är fakturan betald.', span: 'Enligt våra register' },
        // Paraphrases.
        { text: 'Härmed bekräftar vi mottagandet.', span: 'Härmed bekräftar vi' },
        { text: 'Vi uppskattar ditt förtroende.', span: 'Vi uppskattar ditt förtroende' },
        { text: 'Din feedback är oerhört viktig för oss.', span: 'Din feedback är oerhört viktig för oss' },
        { text: 'Vi kommer framgent att bli bättre.', span: 'framgent' },
        { text: 'Ärendet har överlämnats till ansvarig handläggare.', span: 'överlämnats till ansvarig handläggare' },
        { text: 'Vi tar till oss dina kommentarer och har lyft dem till berörd enhet.', span: 'Vi tar till oss dina kommentarer' },
        { text: 'Vi har vidarebefordrat dem till ansvarig funktion.', span: 'Vi har vidarebefordrat dem till ansvarig funktion' },
        { text: 'Din synpunkt är värdefull för oss.', span: 'Din synpunkt är värdefull för oss' },
        { text: 'Vi tar din återkoppling på största allvar.', span: 'Vi tar din återkoppling på största allvar' },
        { text: 'Vi har noterat dina synpunkter.', span: 'Vi har noterat dina synpunkter' },
        { text: 'Vi arbetar ständigt med att förbättra vår service.', span: 'Vi arbetar ständigt med att förbättra' },
      ],
      pass: [
        'Jag har skickat ditt ärende till Anna på returavdelningen, hon mejlar dig i morgon.',
        'Tack för att du kontaktade oss om returen, jag har skickat en fraktsedel.',
        'Jag har skickat ditt ärende till Olle på returavdelningen, och han mejlar dig i morgon.',
        'Spaken på sidan höjer sitsen.',
        'Du skrev "ditt samtal är viktigt för oss" och jag förstår hur irriterande det är.',
        'Tack för att du hörde av dig – jag har kollat din faktura.',
        'Jag har lyft din fråga till Karin på fakturaavdelningen, och hon ringer dig före fredag.',
      ],
    },
  },
];
