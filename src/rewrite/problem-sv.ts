/**
 * The complaint read from a Swedish customer's message, ready to follow "Jag beklagar verkligen
 * att …". Two things of Swedish grammar decide the wording: after "att" the clause is subordinate,
 * so "inte", "aldrig", "fortfarande" move before the finite verb ("min beställning har inte kommit"
 * → "din beställning inte har kommit"); and a possessive takes the noun's indefinite form ("din
 * beställning"), while the customer's definite forms ("paketet", "appen") are kept as they wrote them.
 */
import type { Problem } from './problem.ts';
import { cleanMessage } from './problem.ts';
import { withThing } from './thing-intl.ts';
import { type ComplaintCues, firstShaped, rankSentenceClauses } from './complaint-cues.ts';

const W = '(?<![\\p{L}])';
const E = '(?![\\p{L}])';

const FAILURE = new RegExp(`${W}(?:inte|ej|aldrig|ingen|inget|inga|trasig\\p{L}*|sönder|fel|felaktig\\p{L}*|försen\\p{L}*|försening\\p{L}*|saknas|saknar|borta|förlorat|tappat|dubbel\\p{L}*|två\\s+gånger|debiter\\p{L}*|drag\\p{L}*\\s+pengar|kraschar|krasch\\p{L}*|hänger\\s+sig|låst|spärr\\p{L}*|problem\\p{L}*|skadad\\p{L}*|omöjligt|kan\\s+inte|går\\s+inte|läck\\p{L}*|blöt\\p{L}*|förstör\\p{L}*|långsam\\p{L}*|missade|missat|nekad\\p{L}*|överbok\\p{L}*|avstängd\\p{L}*|avstängt|spärrad\\p{L}*|spärrat|nere|utan\\s+förklaring|ingenting|försvunn\\p{L}*|flyttad|flyttat|flyttats|inställd|inställt|ställts\\s+in|avbokad|avbokat)${E}`, 'giu');
const PERSISTENCE = new RegExp(`${W}(?:fortfarande|ännu|igen|längre|hela\\s+tiden|gång\\s+på\\s+gång)${E}`, 'giu');
const REQUEST = new RegExp(`^(?:kan\\s+ni|kan\\s+du|snälla|hjälp|hur\\s+(?:gör|kan)|vad\\s+ska|jag\\s+vill\\s+(?:ha|veta))${E}`, 'iu');
const ACCUSATION = new RegExp(`${W}(?:lur\\p{L}*|bedrag\\p{L}*|med\\s+flit|medvetet|bluff\\p{L}*|stjäl\\p{L}*)${E}`, 'iu');
const LEAD = new RegExp(`^(?:(?:hej|hejsan|hallå|tja|alltså|ja|nej|okej|ok|så|men|och|nu|varför)${E}[\\s,!.:-]*)+`, 'iu');
const SPLIT = new RegExp(`\\s*(?:[;()"”–—]|:(?!\\d)|,|\\s-\\s|${W}(?:(?:men|fast|eftersom|för\\s+att|så\\s+att|trots\\s+att)${E}|och\\s+(?=(?:jag|det|den|nu|inget|ingen|allt|alla|hur|vad|varför|när|var)${E})))\\s*`, 'iu');

// The customer's "jag", "min" become "du", "din"; their "ni", "er" (the company) become "vi", "vår".
const PERSON: Record<string, string> = {
  jag: 'du', mig: 'dig', mej: 'dig', min: 'din', mitt: 'ditt', mina: 'dina',
  ni: 'vi', er: 'vår', ert: 'vårt', era: 'våra', eran: 'vår', erat: 'vårt',
  // Their household's "vi", "vår" ("vår adress") is theirs: "ni", "er".
  vi: 'ni', oss: 'er', vår: 'er', vårt: 'ert', våra: 'era',
};

// Sentence adverbs that stand after the finite verb in a main clause and before it after "att".
const CLAUSE_ADVERB = /^(?:inte|ej|aldrig|fortfarande|ännu|redan|alltid|längre|heller|verkligen|bara|också|även|ens)$/iu;
// Finite verbs: the common ones by name, the rest by their present (-ar, -er, -r) or past (-ade, -de, -te) ending.
const FINITE = /^(?:har|hade|är|var|kan|kunde|ska|skulle|vill|ville|får|fick|kommer|kom|går|gick|blir|blev|gör|gjorde|syns|finns|fanns|händer|hände|funkar|fungerar|fungerade|laddar|startar|svarar|svarade|visar|visade|betalade|beställde|tog|såg|fått|hänger|kraschar|saknas|säger|sa|sade)$|^[\p{L}]{3,}(?:ar|er|ade|de|te)$/iu;
// A subject the clause can open with: a pronoun, a possessive phrase, or a noun in its definite form.
const SUBJECT_START = /^(?:jag|du|vi|ni|det|den|de|han|hon|man|ingen|inget|inga|allt|alla|internet|min|mitt|mina|din|ditt|dina|er|ert|era|vår|vårt|våra|[\p{L}]+(?:en|et|na|n)|[\p{Lu}][\p{L}]+)$/u;

const PRONOUN = /^(?:du|dig|din|ditt|dina|vi|vår|vårt|våra|det|den|de|han|hon|man|ingen|inget|inga)$/iu;

const CUES: ComplaintCues = { failure: FAILURE, persistence: PERSISTENCE, request: REQUEST, accusation: ACCUSATION };

export function readProblemSv(message: string): Problem | null {
  const clean = cleanMessage(message);
  return withThing(firstShaped(rankSentenceClauses(clean, SPLIT, LEAD, CUES), shapeSv, CUES), clean, 'sv', FAILURE, ACCUSATION);
}

/** "min beställning har fortfarande inte kommit" → "din beställning fortfarande inte har kommit". */
export function shapeSv(text: string): string | null {
  // Shouting is theirs ("FEL storlek IGEN"); "ni skickade X" (their accusation) is what they got.
  let plain = text.replace(/(?<![\p{L}])(\p{Lu}{2,})(?![\p{L}])/gu, (w) => (w.length > 4 || /^(?:FEL|IGEN|INTE|ALLS|ÄNNU|NU|SEN|MARS|MAJ|JUNI|JULI|DYRT|ALLT)$/u.test(w) ? w.toLowerCase() : w));
  plain = plain.replace(/^ni\s+(?:skickade|levererade|gav)\s+/iu, 'jag fick ');
  // "Varför är internet så långsamt": the verb after its subject again.
  const inverted = /^(är|var|har|hade|kan|går|blir|fungerar|funkar)\s+(\S+)\s+(.+)$/iu.exec(plain);
  if (inverted && SUBJECT_START.test(inverted[2]!)) {
    // "har mitt konto blivit spärrat": a possessive subject brings its noun along.
    const possessive = /^(?:min|mitt|mina|din|ditt|dina|er|ert|era|vår|vårt|våra|hans|hennes|deras)$/iu.test(inverted[2]!);
    const [noun = '', ...rest] = inverted[3]!.split(/\s+/);
    plain = possessive && noun ? `${inverted[2]} ${noun} ${inverted[1]} ${rest.join(' ')}`.trim() : `${inverted[2]} ${inverted[1]} ${inverted[3]}`;
  }
  const words = plain.split(/\s+/);
  if (words.length > 14 || REQUEST.test(text) || ACCUSATION.test(text)) return null;
  // The subject: one to four words up to the finite verb, opening with a word that can be one.
  if (!SUBJECT_START.test(words[0]!)) return null;
  const verb = words.findIndex((w, i) => i >= 1 && i <= 4 && FINITE.test(w) && !PERSON[w.toLowerCase()]);
  if (verb < 1) return null;
  // Subject and verb inverted ("Nu fungerar appen inte") is a main clause we do not reorder.
  if (/^(?:nu|idag|igår|sedan|då|här|där)$/iu.test(words[0]!)) return null;
  let end = verb + 1;
  while (end < words.length && CLAUSE_ADVERB.test(words[end]!)) end++;
  const reordered = [...words.slice(0, verb), ...words.slice(verb + 1, end), words[verb]!, ...words.slice(end)];
  const swapped = reordered.map((w) => {
    const lower = w.toLowerCase();
    return PERSON[lower] ?? w;
  });
  // "du har fått feber och kan inte köra": the second verb after "och" takes the subordinate order too.
  let s = swapped.join(' ').replace(/(?<![\p{L}])och\s+(kan|vill|har|är|får|går|ska|kommer|hann|kunde|fick)\s+((?:inte|aldrig|ens|längre|fortfarande)(?:\s+(?:inte|aldrig|ens|längre|fortfarande))*)(?![\p{L}])/giu, 'och $2 $1');
  if (/(?<![\p{L}])(?:jag|mig|mej|min|mitt|mina)(?![\p{L}])/iu.test(s)) return null;
  // "att du inte vill träffa henne igen": a pronoun pointing back into their message points at nothing in ours;
  // "att du inte har delat ditt konto": a denial of theirs, or what they want or chose, is no failure to be sorry for.
  if (/(?<![\p{L}])(?:henne|honom|hon|han)(?![\p{L}])/iu.test(s) || /^du\s+(?:inte\s+|aldrig\s+)?(?:vill|har\s+(?:inte\s+)?(?:delat|gjort|sagt|beställt|bett)|inte\s+har\s+(?:delat|gjort|sagt|beställt|bett))(?![\p{L}])/iu.test(s)) return null;
  // Lower-case after "att", except a name: "Spotify" keeps its capital, "Paketet" and "Appen" do not.
  const head = swapped[0]!;
  if (!/^[\p{Lu}]{2,}/u.test(head) && !/^.[\p{L}]*[\p{Lu}]/u.test(head) && (PRONOUN.test(head) || /(?:en|et|na|n)$/u.test(head))) s = s[0]!.toLowerCase() + s.slice(1);
  // "utan förklaring": their reading of our silence, which the reply may well answer; "inte ens": their sarcasm.
  s = s.replace(/,?\s+utan\s+(?:någon\s+)?(?:förklaring|förvarning)(?![\p{L}])/giu, '').replace(/(?<![\p{L}])ens\s+/giu, '');
  return s.replace(/\s+/g, ' ').trim();
}

