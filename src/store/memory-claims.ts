/**
 * Claimed keys with their expiry, in this process's memory: the claims of a LocalStore, and what
 * a replica remembers for itself while Redis cannot be reached. Bounded: past `capacity` keys the
 * oldest goes first (a Map keeps insertion order, so the oldest is the first key).
 */
export class MemoryClaims {
  private readonly claims = new Map<string, { expiry: number; value: string }>();

  constructor(private readonly capacity = 100_000) {}

  /** True for the first caller until the key expires, false for every later one. */
  claim(key: string, ttlMs: number, value = "1"): boolean {
    const held = this.claims.get(key);
    if (held && held.expiry > Date.now()) return false;
    this.put(key, value, ttlMs);
    return true;
  }

  /** Sets the key whether or not it is held. */
  put(key: string, value: string, ttlMs: number): void {
    this.claims.delete(key); // re-inserted at the end, so insertion order stays oldest-first
    this.claims.set(key, { expiry: Date.now() + ttlMs, value });
    if (this.claims.size > this.capacity) this.claims.delete(this.claims.keys().next().value!);
  }

  get(key: string): string | null {
    const held = this.claims.get(key);
    return held && held.expiry > Date.now() ? held.value : null;
  }
}
