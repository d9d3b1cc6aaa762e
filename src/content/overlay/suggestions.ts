/** Up to three suggestions, each text once: two rules can propose the same words for one phrase. */
export function distinctSuggestions<T extends { text: string }>(suggestions: readonly T[]): { s: T; index: number }[] {
  const seen = new Set<string>();
  const out: { s: T; index: number }[] = [];
  suggestions.forEach((s, index) => {
    const key = s.text.trim().toLowerCase();
    if (seen.has(key) || out.length >= 3) return;
    seen.add(key);
    out.push({ s, index });
  });
  return out;
}
