/**
 * Results per sentence, so a keystroke re-reads only the sentence it changed. Bounded: an
 * agent's day of drafts must not grow the tab's memory.
 */
export class SentenceCache<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly max = 4000) {}

  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      // Refresh recency: Map keeps insertion order, the oldest is evicted first.
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }

  set(key: string, value: V): void {
    if (this.map.size >= this.max) this.map.delete(this.map.keys().next().value as string);
    this.map.set(key, value);
  }

  clear(): void {
    this.map.clear();
  }
}
