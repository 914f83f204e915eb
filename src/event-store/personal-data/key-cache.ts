/** What the cache knows of a subject: its open key and owner for a while, or that it was erased. */
export type CachedKey = { readonly state: 'OPEN'; readonly key: Buffer; readonly ownerId: string; readonly expiresAt: number } | { readonly state: 'ERASED' };

/**
 * The keys at hand in this process, least recently used dropped first. An open key is kept only
 * `ttlMs`: an erasure made by another instance reaches this one within that time. An erasure
 * is forever, so an erased subject is kept until it is pushed out, and is never replaced by an
 * open key again.
 */
export class KeyCache {
  private readonly entries = new Map<string, CachedKey>();

  constructor(
    private readonly maxEntries: number,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(subjectId: string): CachedKey | undefined {
    const entry = this.entries.get(subjectId);
    if (!entry) return undefined;
    this.entries.delete(subjectId);
    if (entry.state === 'OPEN' && entry.expiresAt <= this.now()) return undefined;
    this.entries.set(subjectId, entry);
    return entry;
  }

  keepOpen(subjectId: string, ownerId: string, key: Buffer): void {
    if (this.ttlMs <= 0 || this.entries.get(subjectId)?.state === 'ERASED') return;
    this.put(subjectId, { state: 'OPEN', key, ownerId, expiresAt: this.now() + this.ttlMs });
  }

  keepErased(subjectId: string): void {
    this.put(subjectId, { state: 'ERASED' });
  }

  get size(): number {
    return this.entries.size;
  }

  private put(subjectId: string, entry: CachedKey): void {
    this.entries.delete(subjectId);
    this.entries.set(subjectId, entry);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
  }
}
