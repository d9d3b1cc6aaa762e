import type { RuleMatch, SentenceContext } from '../rules/types.ts';
import type { SentenceSignals, SignalDetector } from './types.ts';
import { allMatches, matcher } from './match.ts';
import { compileConstructions } from './construction.ts';
import { swedishAcknowledgement } from './acknowledgement/sv.ts';
import { swedishClasses } from '../classes/sv.ts';
import type { Sentence } from '../engine/segment.ts';
import type { TicketContext } from '../types.ts';
import { findApologies } from '../rules/sv/apology-clause.ts';

// Constructions over the classes in classes/sv.ts: see signals/acknowledgement/sv.ts.
const ACKNOWLEDGEMENT = compileConstructions(swedishAcknowledgement, swedishClasses, true);

const OWNERSHIP = matcher([
  'jag (?:ska|kommer att|tänker) (?!behöva)',
  'jag (?:har )?(?:nu |just |redan |också )?(?:kollat|kontrollerat|skickat|ordnat|fixat|lagt|bokat|avbokat|ändrat|återbetalat|krediterat|bifogat|skapat|registrerat|rättat|bytt|pratat|ringt|mejlat|vidarebefordrat|eskalerat|uppdaterat|tagit|gett|hittat|sett till|löst)',
  'vi (?:har )?(?:nu |just |redan )?(?:skickat|ordnat|fixat|bokat|ändrat|återbetalat|krediterat|rättat|bytt|uppdaterat|löst)',
  'vi (?:ska|kommer att) (?:\\p{L}+ )?(?:skicka|kolla|kontrollera|återkomma|höra av oss|ordna|fixa|återbetala|kreditera|byta|ersätta|ringa|mejla)',
  'låt mig',
  'jag (?:kollar|kontrollerar|skickar|ordnar|fixar|tittar|undersöker|ringer|mejlar|återkommer|hör av mig|tar hand om|löser|bokar|ändrar)',
  'jag hjälper (?:dig|er|gärna)',
  // Any action the agent has done, in the first-person perfect ("jag har redan beställt", "jag har flyttat"):
  // a commitment kept. Verbs of perceiving or thinking are not actions taken for the customer.
  'jag har (?:nu |just |redan |också |själv |även |i dag |idag )?(?!förstått|hört|läst|sett|märkt|tänkt|funderat|undrat|väntat|varit|haft|fått|glömt|missat)[\\p{L}]{3,}(?:at|it|tt|rt|lt|nt|gt|dt)(?![\\p{L}])',
  'jag (?:bifogar|beställer|flyttar|startar|öppnar|lägger|följer upp|bevakar|håller koll|spärrar|stänger av|återställer|krediterar|återbetalar)',
]);

const NEXT_STEP = matcher([
  'https?://\\S+',
  'www\\.\\S+',
  '(?:vänligen |snälla )?(?:skicka|svara|kontrollera|kolla|prova|testa|starta om|logga in|logga ut|gå till|gå in|klicka|tryck|välj|fyll i|ange|uppdatera|installera|avinstallera|rensa|ring|mejla|kontakta|bifoga|ladda ner|ladda upp|öppna|stäng av|slå på|följ|besök|berätta|meddela|hör av dig|läs|se)(?![\\p{L}])',
  '(?:jag|vi) (?:ska|kommer att|återkommer|hör av (?:mig|oss)|skickar|kollar|kontrollerar|ringer|mejlar|ordnar|fixar)',
  '(?:jag|vi) har (?:nu |just |redan )?(?:skickat|ordnat|fixat|bokat|avbokat|ändrat|återbetalat|krediterat|bifogat|bytt|uppdaterat|vidarebefordrat)',
  '(?:inom|om) (?:\\d+|en|ett|två|tre|fyra|fem|några|ett par)(?:[-–]\\d+)? (?:minuter|minut|timmar|timme|dagar|dag|arbetsdagar|bankdagar|veckor|vecka)',
  '(?:senast|på|till|före|innan) (?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|imorgon|i morgon|ikväll|i kväll|veckans slut|slutet av)',
  '(?:du|ni) (?:kommer att|kan|får|bör|behöver|ska) (?:\\p{L}+ )?(?:få|se|hitta|använda|välja|ändra|avboka|begära|kontakta|ladda|logga|följa|hämta)',
  '(?:jag|vi) (?:rekommenderar|föreslår|tipsar om)',
  '[^?]{2,160}\\?',
]);

const GENERIC_OFFER = /^(?:hör (?:gärna )?av dig om (?:du har )?(?:fler|andra|några) frågor|tveka inte att|om du har (?:fler|andra|några) frågor)/u;

function acknowledgement(ctx: SentenceContext): RuleMatch[] {
  const out = allMatches(ACKNOWLEDGEMENT, ctx.lower);
  for (const a of findApologies(ctx)) {
    // Sorry for our reply time, or for how the customer "experiences" it, recognises nothing of their case.
    if (a.kind === 'specific' && !/svar|väntetid|dröjsmål med|upplever|uppfattar|uppfattat|upplevt|känner dig|tycker/u.test(a.object.toLowerCase())) out.push({ start: a.start, end: a.end });
  }
  return out;
}

// An action the agent has already taken for the customer ("jag har flyttat din bokning till stuga 6",
// "jag bifogar en skärmbild") is the resolution itself, in any verb: the same perfect ownership reads.
const DONE_STEP = matcher([
  'jag har (?:nu |just |redan |också |själv |även |i dag |idag )?(?!förstått|hört|läst|sett|märkt|tänkt|funderat|undrat|väntat|varit|haft|fått|glömt|missat|skrivit|sagt|förklarat)[\\p{L}]{3,}(?:at|it|tt|rt|lt|nt|gt|dt)(?![\\p{L}])',
  'jag bifogar',
]);

function nextStep(ctx: SentenceContext): RuleMatch[] {
  if (GENERIC_OFFER.test(ctx.lower.replace(/^[\p{L}]+,\s*/u, ''))) return [];
  return [...allMatches(NEXT_STEP, ctx.lower), ...allMatches(DONE_STEP, ctx.lower)];
}

const GREETING = /^(?:hej|hallå|hejsan|god (?:morgon|dag|kväll|eftermiddag)|kära|bästa|tack)[,!]?\s+([\p{L}][\p{L}-]+)/iu;
const NOT_A_NAME = new Set(['kund', 'kunden', 'alla', 'allihop', 'du', 'ni', 'där', 'igen', 'så', 'för', 'och', 'vi', 'jag']);

function nameSpans(text: string, sentences: Sentence[], context: TicketContext): RuleMatch[] {
  const out: RuleMatch[] = [];
  for (const s of sentences) {
    const g = GREETING.exec(s.text);
    if (g && /^[\p{Lu}][\p{Ll}-]+$/u.test(g[1]!) && !NOT_A_NAME.has(g[1]!.toLowerCase())) {
      const at = s.start + g[0].length - g[1]!.length;
      out.push({ start: at, end: at + g[1]!.length });
    }
  }
  const known = (context.customerName ?? '').split(/\s+/).filter((w) => w.length > 1);
  for (const name of known) {
    const re = new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}s?(?![\\p{L}])`, 'giu');
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const DETAIL = /#\s?\d{3,}|(?<![\p{L}])(?:order|ordernummer|ordernr|ärende|ärendenummer|bokning|bokningsnummer|faktura|fakturanummer|konto|kundnummer|spårningsnummer|avtal)[\p{L}]*\s*(?:nr\.?\s?|#\s?)?[A-Z0-9-]*\d[A-Z0-9-]{2,}/giu;

const COMMON = new Set([
  'hej', 'tack', 'hjälp', 'hjälpa', 'problem', 'problemet', 'fråga', 'frågan', 'kunna', 'kunde', 'skulle', 'behöver', 'fortfarande',
  'idag', 'igår', 'imorgon', 'varför', 'eftersom', 'bara', 'aldrig', 'något', 'någon', 'några', 'inget', 'ingen', 'svar',
  'svaret', 'support', 'kundtjänst', 'företaget', 'meddelande', 'skrev', 'skriver', 'hälsningar', 'vänliga', 'också', 'kommer',
  'finns', 'detta', 'denna', 'dessa', 'eller', 'men', 'från', 'till', 'efter', 'innan', 'mycket', 'lite', 'igen', 'redan',
]);

function stemOf(w: string): string {
  return /\p{N}/u.test(w) ? w : w.slice(0, Math.max(4, w.length - 2));
}

function personal(text: string, sentences: Sentence[], context: TicketContext): RuleMatch[] {
  const out = nameSpans(text, sentences, context);
  DETAIL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DETAIL.exec(text))) out.push({ start: m.index, end: m.index + m[0].length });
  if (context.customerMessage) {
    const theirs = new Set<string>();
    const re1 = /[\p{L}\p{N}]+/gu;
    const msg = context.customerMessage.replace(/https?:\/\/\S+|@\S+/g, ' ');
    while ((m = re1.exec(msg))) {
      const w = m[0].toLowerCase();
      if ((w.length >= 5 || /\p{N}/u.test(w)) && !COMMON.has(w)) theirs.add(stemOf(w));
    }
    const ours = text.replace(/https?:\/\/\S+/g, (u) => ' '.repeat(u.length));
    const re = /[\p{L}\p{N}]+/gu;
    while ((m = re.exec(ours))) {
      const w = m[0].toLowerCase();
      if ((w.length < 5 && !/\p{N}/u.test(w)) || COMMON.has(w)) continue;
      if (theirs.has(stemOf(w))) out.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}

export const swedishSignals: SignalDetector = {
  sentence(ctx): SentenceSignals {
    return {
      acknowledgement: acknowledgement(ctx),
      ownership: allMatches(OWNERSHIP, ctx.lower),
      'next-step': nextStep(ctx),
    };
  },
  reply(text, sentences, context): SentenceSignals {
    return { personal: personal(text, sentences, context) };
  },
};
