/**
 * A value worked out for one object (a question) and kept while that object is the one asked
 * about; when another comes, it is worked out for that one instead. For what is read of a
 * question once and consulted for every candidate passage. Keyed by the object, not its text.
 */
export class LatestMemo<K extends object, V> {
  private key: K | undefined;
  private value: V | undefined;

  get(key: K, compute: () => V): V {
    if (this.key !== key) {
      this.value = compute();
      this.key = key;
    }
    return this.value as V;
  }
}
