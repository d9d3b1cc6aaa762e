import type { Rule } from '../types.ts';
import { findApologies } from './apology-clause.ts';

export const apologyRules: Rule[] = [
  {
    id: 'sv.apology.generic',
    kind: 'checker',
    lang: 'sv',
    category: 'generic-apology',
    severity: 'warning',
    message: 'This apology names no problem: it could be pasted into any ticket.',
    why: 'Customers hear a script when the apology does not say what went wrong; naming it shows you read their message.',
    suggestions: [
      { text: 'Förlåt att [vad som gick fel]', note: 'Name what went wrong, in their words.' },
      { text: 'Jag beklagar att din [order/ärende] [vad som hände]', note: 'Say what happened to them.' },
    ],
    check: (ctx) => findApologies(ctx).filter((a) => a.kind === 'generic'),
    examples: {
      flag: [
        { text: 'Vi ber om ursäkt för dröjsmålet med vårt svar.', span: 'Vi ber om ursäkt för dröjsmålet med vårt svar' },
        { text: 'Ursäkta det sena svaret.', span: 'Ursäkta det sena svaret' },
        { text: 'Vi ber om ursäkt för det tekniska felet.', span: 'Vi ber om ursäkt för det tekniska felet' },
        { text: 'Vi beklagar den uppkomna situationen.', span: 'Vi beklagar den uppkomna situationen' },
        { text: 'Jag ber om ursäkt för alla besvär detta har inneburit.', span: 'Jag ber om ursäkt för alla besvär detta har inneburit' },
        { text: 'Förlåt att du har fått vänta.', span: 'Förlåt att du har fått vänta' },
        { text: 'Vi ber om ursäkt för besväret.', span: 'Vi ber om ursäkt för besväret' },
        { text: 'Vi beklagar eventuella olägenheter.', span: 'Vi beklagar eventuella olägenheter' },
        { text: 'Vi ber så mycket om ursäkt för det inträffade, Anna.', span: 'Vi ber så mycket om ursäkt för det inträffade' },
        { text: 'Jag beklagar de problem som detta har orsakat.', span: 'Jag beklagar de problem som detta har orsakat' },
        { text: 'Tråkigt att höra! Skicka ditt ordernummer så kollar jag.', span: 'Tråkigt att höra' },
        { text: 'Jag är verkligen ledsen för krånglet.', span: 'Jag är verkligen ledsen för krånglet' },
        { text: 'Ursäkta, men vi kan inte ändra adressen nu.', span: 'Ursäkta' },
        {
          text: 'Hej Erik,\n\nTack för att du kontaktade oss. Vi beklagar det besvär detta har orsakat dig. Din order är nu skickad.\n\nMed vänliga hälsningar,\nSara',
          span: 'Vi beklagar det besvär detta har orsakat dig',
        },
        // The verb before the subject, as Swedish writes it after an adverb.
        { text: 'Självklart ber vi om ursäkt för strulet.', span: 'ber vi om ursäkt för strulet' },
      ],
      pass: [
        'Förlåt att du fick vänta i telefonkön i 40 minuter i går.',
        'Förlåt att vi hanterade din reklamation så långsamt, jag har nu godkänt den.',
        'Ursäkta att jag skrev fel ordernummer i mitt förra mejl.',
        'Du har rätt, och jag ber om ursäkt: marsfakturan drogs två gånger.',
        'Förlåt att paketet blev försenat, kuriren körde till fel lager.',
        'Vi ber om ursäkt för förseningen av din leverans.',
        'Tråkigt att höra att appen kraschar när du loggar in.',
        'Du behöver inte be om ursäkt, Olle!',
        'Vi ber om ursäkt för besväret med din bokning av platsen.',
        'Förlåt för [vad som hände], Anna.',
        'Därför ber jag om ursäkt för att kuriren lämnade paketet hos fel granne.',
        // After "att" the clause's own subject follows; "det" can point back at the fault just named.
        'Förlåt att vi glömde att ringa tillbaka i fredags.',
        'Vi skickade fel storlek två gånger, och det är jag verkligen ledsen för.',
      ],
    },
  },
  {
    id: 'sv.apology.non-apology',
    kind: 'checker',
    lang: 'sv',
    category: 'non-apology',
    severity: 'warning',
    message: 'This apologises for how the customer feels, or only "if" something happened, not for what happened.',
    why: 'Apologising for feelings or on a condition reads as blaming the customer for being upset.',
    suggestions: [{ text: 'Förlåt att vi [vad vi gjorde fel]', note: 'Own what happened instead of how they feel.' }],
    check: (ctx) => findApologies(ctx).filter((a) => a.kind === 'non-apology'),
    examples: {
      flag: [
        { text: 'Vi ber om ursäkt för förvirringen.', span: 'Vi ber om ursäkt för förvirringen' },
        { text: 'Vi beklagar att vår service inte motsvarade dina förväntningar.', span: 'Vi beklagar att vår service inte motsvarade dina förväntningar' },
        { text: 'Vi beklagar att du inte är nöjd med vårt beslut.', span: 'Vi beklagar att du inte är nöjd med vårt beslut' },
        { text: 'Vi beklagar att du blivit besviken.', span: 'Vi beklagar att du blivit besviken' },
        { text: 'Vi beklagar om du blev upprörd.', span: 'Vi beklagar om du blev upprörd' },
        { text: 'Jag är ledsen att du känner så.', span: 'Jag är ledsen att du känner så' },
        { text: 'Vi beklagar din besvikelse.', span: 'Vi beklagar din besvikelse' },
        { text: 'Jag beklagar att du upplever avgiften som orimlig.', span: 'Jag beklagar att du upplever avgiften som orimlig' },

        { text: 'Vi beklagar att du uppfattar beslutet som orimligt.', span: 'Vi beklagar att du uppfattar beslutet som orimligt' },
        // The condition on a feeling before the apology.
        { text: 'Om du upplevde att vi var otrevliga ber vi om ursäkt.', span: 'Om du upplevde att vi var otrevliga ber vi om ursäkt' },
        { text: 'Jag är ledsen att du tog det så.', span: 'Jag är ledsen att du tog det så' },
      ],
      pass: [
        'Förlåt att vi gav dig två olika besked om returen.',
        'Förlåt förvirringen kring fakturadatumet: vi skickade två fakturor med olika förfallodag.','Om paketet inte kommer fram i morgon skickar jag ett nytt direkt.', 'Förlåt att vi gav dig två olika svar.', 'Jag beklagar att laddaren saknades i paketet.', 'Jag beklagar att du får samma fel som i går.'],
    },
  },
];
