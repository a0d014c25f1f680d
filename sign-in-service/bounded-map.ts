// In-memory state whose keys come from requests (emails, addresses, interactions) must stay bounded whatever an
// attacker sends: past the limit, the least recently set key goes.

export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly maxEntries = 10_000) {
    super();
  }

  override set(key: K, value: V): this {
    super.delete(key);
    super.set(key, value);
    if (this.size > this.maxEntries) {
      const oldest = this.keys().next();
      if (!oldest.done) this.delete(oldest.value);
    }
    return this;
  }
}
