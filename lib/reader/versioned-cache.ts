/**
 * A bounded map from keys to values computed once, the least recently used dropped first.
 * The reader keys its entries by the versions the database keeps (a document's content
 * version and update time, the glossary version: lib/db/versions.ts), so an entry is never
 * stale: any write, from any process, moves a version and so the key. Concurrent requests
 * for the same missing key share one computation.
 */
export class VersionedCache<V> {
  private readonly entries = new Map<string, Promise<V>>();

  constructor(private readonly limit: number) {}

  get(key: string, compute: () => Promise<V>): Promise<V> {
    let entry = this.entries.get(key);
    if (entry) {
      // Re-inserted: Map keeps insertion order, so the oldest key is the least recently used.
      this.entries.delete(key);
    } else {
      entry = compute();
      // A failure is not kept: the next request tries again.
      entry.catch(() => this.entries.get(key) === entry && this.entries.delete(key));
    }
    this.entries.set(key, entry);
    while (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
    return entry;
  }

  get size(): number {
    return this.entries.size;
  }
}
