import type { RuleMatch, SentenceContext } from '../types.ts';
import { leadStart, readObjectClause, stemClassifier, type ApologyKind } from '../apology-parts.ts';
import { swedishClasses } from '../../classes/sv.ts';
import { classSource } from '../../classes/expand.ts';

/**
 * Reads each Swedish apology in a sentence and says what it apologises for: nothing specific
 * ("vi ber om ursäkt för besväret"), the customer's feelings or a condition ("förlåt om du blev
 * upprörd"), or something that went wrong ("förlåt att paketet blev försenat").
 */
export type { ApologyKind };

export interface Apology extends RuleMatch {
  kind: ApologyKind;
  object: string;
}

const CUE = /(?<![\p{L}])(?:ber (?:(?:vi|jag) )?(?:(?:så )?(?:mycket |verkligen |uppriktigt |innerligt )?)?om ursäkt|beklagar|ursäkta|förlåt|ledsen|ledsna|(?:tråkigt|synd|trist|beklagligt) att (?:höra|läsa|få höra)|(?:vi|jag) är (?:så |verkligen |hemskt |väldigt |mycket |oerhört )?ledsna?)(?![\p{L}])/gu;

const NOT_AN_APOLOGY = /(?:inte|ingen anledning att|behöver inte|behöver du inte)\s+$/u;

const LEAD_WORDS = new Set([
  'vi', 'jag', 'är', 'så', 'verkligen', 'hemskt', 'väldigt', 'mycket', 'uppriktigt', 'djupt', 'innerligt', 'också', 'igen',
  'det', 'var', 'är', 'och', 'vill', 'ber', 'än', 'en', 'gång', 'återigen', 'otroligt', 'oerhört', 'just',
]);

const CONTINUES = /^,\s*(?:att|som|om|när|eftersom)(?![\p{L}])/u;
const HARD_END = /[.!?;:…()«»"]|\s[–—-]\s|[–—]|https?:|,/u;
const SOFT_END = /\s(?=(?:men|dock|eftersom|då|vi|jag|nu|och (?:vi|jag|har|kommer|ska|nu|hoppas|tackar))(?![\p{L}]))/u;

// The vague mishaps an apology can be "for" are the MISHAP_NOUN class (src/analysis/classes/sv.ts).
const GENERIC_STEMS = swedishClasses.MISHAP_NOUN!.members.map((m) => m.replace(/\*$/, ''));

const FUNCTION_WORDS = new Set([
  'för', 'att', 'om', 'det', 'den', 'de', 'dem', 'detta', 'denna', 'dessa', 'som', 'har', 'hade', 'ha', 'kan', 'kunde', 'kanske',
  'ska', 'skulle', 'må', 'blev', 'blivit', 'bli', 'är', 'var', 'varit', 'vara', 'du', 'dig', 'din', 'ditt', 'dina', 'ni', 'er',
  'ert', 'era', 'vi', 'oss', 'vår', 'vårt', 'våra', 'jag', 'mig', 'min', 'mitt', 'mina', 'all', 'allt', 'alla', 'någon', 'något',
  'några', 'hela', 'så', 'mycket', 'verkligen', 'igen', 'vad', 'med', 'i', 'på', 'av', 'till', 'från', 'här', 'där', 'nu',
  'och', 'en', 'ett', 'också', 'än', 'ju', 'väl', 'bara', 'just', 'sidan', 'vår', 'eventuellt', 'tyvärr', 'gång', 'gången',
  'ytterligare', 'än', 'ännu', 'fortfarande', 'hos', 'sig', 'sin', 'sitt', 'sina', 'detta', 'sånt', 'sådant', 'the', 'därav',
  'vilket', 'vilka', 'vilken', 'när', 'eftersom', 'åsamkat', 'fått', 'få', 'varit', 'med', 'hur',
]);

const FEELING_OBJECT = [
  /^\s*,?\s*om(?![\p{L}])/u,
  // The customer's feelings and impressions (class FEELING).
  new RegExp(`(?<![\\p{L}])${classSource(swedishClasses, 'FEELING')}(?![\\p{L}])`, 'u'),
  /(?<![\p{L}])(?:du|ni) (?:känner (?:dig|er) |känner |blev |är |har blivit |upplevde |upplever )?(?:så )?(?:upprörd|upprörda|besviken|besvikna|missnöjd|missnöjda|irriterad|irriterade|sårad|sårade|kränkt|kränkta|förvirrad|förvirrade|arg|arga)(?![\p{L}])/u,
  /(?<![\p{L}])(?:du|ni) (?:känner|tycker|upplever|uppfattade|upplevde|uppfattar) (?:det )?så(?![\p{L}])/u,
  /(?<![\p{L}])(?:din|er) (?:besvikelse|frustration|irritation|upplevelse|känsla|missnöje)/u,
  // Perceiving something as something ("du upplever avstängningen som orättvis").
  /(?<![\p{L}])(?:du|ni) (?:upplever|upplevde|har upplevt|uppfattar|uppfattade|har uppfattat|tolkar|tolkade|har tolkat) (?:[\p{L}-]+ ){1,3}som(?![\p{L}])/u,
  /(?<![\p{L}])eventuell (?:förvirring|missförstånd)/u,
  // Confusion with no cause named is the customer's state of mind ("för förvirringen", "för missförståndet").
  /^\s*(?:för\s+)?(?:(?:den|det|all|någon|några|eventuella|denna|detta|uppkomna|eventuellt)\s+)?(?:förvirring|missförstånd|missuppfattning)[\p{L}]*\s*$/u,
];

// A condition clause right before the apology ("om du blev upprörd, …") and the feelings it may name.
const FEELING_CONDITION_BEFORE = /(?:^|[.!?;:—–]\s*|,\s*)om\s+([^.!?;,]{1,80}?)(?:,\s*|\s+så\s+|\s+)$/u;
const FEELINGS = FEELING_OBJECT.slice(1);

// Our own slow reply alone (the REPLY_DELAY class) names nothing about the case.
const REPLY_DELAY = new RegExp(`(?<![\\p{L}])${classSource(swedishClasses, 'REPLY_DELAY')}(?![\\p{L}])`, 'gu');
const { isGenericWord, classify } = stemClassifier(FUNCTION_WORDS, GENERIC_STEMS, FEELING_OBJECT, REPLY_DELAY);

const NAME_LIKE = /^[\p{Lu}][\p{Ll}-]+$/u;

export function findApologies(ctx: SentenceContext): Apology[] {
  const out: Apology[] = [];
  const { text, lower } = ctx;
  CUE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CUE.exec(lower))) {
    const cueStart = m.index;
    const cueEnd = m.index + m[0].length;
    if (NOT_AN_APOLOGY.test(lower.slice(Math.max(0, cueStart - 24), cueStart))) continue;
    // "ledsen" describes the customer ("du verkar ledsen") unless the agent says it about themselves.
    if (/^ledsna?$/.test(m[0]) && !/(?:jag|vi) (?:är|var) (?:så |verkligen |hemskt |väldigt |mycket )?$/u.test(lower.slice(Math.max(0, cueStart - 30), cueStart))) continue;
    const start = leadStart(ctx, cueStart, LEAD_WORDS);
    const object = readObject(text, cueEnd, ctx.customerName);
    const end = cueEnd + object.replace(/[\s,]+$/u, '').length;
    // "Приношу извинения: счёт списался дважды" / "jag ber om ursäkt: fakturan drogs två gånger":
    // an apology that stops at a colon apologises for what the colon announces.
    const announced = object.trim() ? '' : /^\s*:\s*([^.!?…]+)/u.exec(text.slice(cueEnd))?.[1] ?? '';
    // "…ett fel som var vårt, och det är jag ledsen för": "det" points back at the clause before it
    // in the same sentence, so that clause is what the apology names.
    const antecedent = object.trim() === 'för' || !object.trim() ? ANAPHORIC_LEAD.exec(lower.slice(0, cueStart)) : null;
    const kind = (announced && classify(announced) === 'specific') || (antecedent && classify(antecedent[1] ?? antecedent[2] ?? '') === 'specific') ? 'specific' : classify(object);
    // "Om du upplevde att vi var otrevliga ber vi om ursäkt": the condition on a feeling comes first.
    const condition = kind === 'generic' ? FEELING_CONDITION_BEFORE.exec(lower.slice(0, start)) : null;
    if (condition && FEELINGS.some((re) => re.test(condition[1]!))) {
      out.push({ start: condition.index + condition[0].indexOf('om'), end, kind: 'non-apology', object: condition[1]! });
      continue;
    }
    out.push({ start, end, kind, object: (object.trim() || announced).trim() });
  }
  return out;
}

// "Förlåt att vi gav dig två svar": after "att" a clause follows, and its subject ("vi", "jag")
// starts it instead of ending the object.
const CLAUSE_LEAD = /^\s*(?:(?:för|över) )?att\s+/u;

// The clause before "och det är jag ledsen för" / "det ber vi om ursäkt för", in the same sentence.
const ANAPHORIC_LEAD = /^(.{12,}?)[,;]?\s+(?:och|så)\s+det\s+(?:är|var)\s+(?:jag|vi)\s+(?:så |verkligen |väldigt |mycket )?$|^(.{12,}?)[,;]?\s+(?:och\s+)?det\s+$/su;

function readObject(text: string, from: number, customerName?: string): string {
  const rest = text.slice(from);
  const lead = CLAUSE_LEAD.exec(rest)?.[0] ?? '';
  const object = lead + readObjectClause(rest.slice(lead.length), HARD_END, SOFT_END, CONTINUES);
  return trimVocative(object, customerName);
}

function trimVocative(object: string, customerName?: string): string {
  const m = /^(.*?)[\s,]+([\p{Lu}][\p{L}-]+)\s*$/u.exec(object);
  if (m && NAME_LIKE.test(m[2]!) && (!isGenericWord(m[2]!.toLowerCase()) || (customerName ?? '').toLowerCase().split(/\s+/).includes(m[2]!.toLowerCase()))) return m[1]!;
  return object;
}

