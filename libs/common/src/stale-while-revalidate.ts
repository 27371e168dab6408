interface Entry<V> {
  at: number;
  value: Promise<V>;
  refreshing: boolean;
}

/**
 * A value per key, loaded at most once per `ttlMs` per process: after that the last value is still answered while one
 * new load runs in the background, so only a key's first request waits. A failed first load is not kept; a failed
 * refresh keeps the last value for another period.
 */
export class StaleWhileRevalidate<K, V> {
  private readonly entries = new Map<K, Entry<V>>();

  constructor(
    private readonly ttlMs: number,
    private readonly load: (key: K) => Promise<V>,
  ) {}

  get(key: K): Promise<V> {
    const cached = this.entries.get(key);
    if (!cached) {
      const entry: Entry<V> = { at: Date.now(), value: this.load(key), refreshing: false };
      this.entries.set(key, entry);
      entry.value.catch(() => this.entries.get(key) === entry && this.entries.delete(key));
      return entry.value;
    }
    if (Date.now() - cached.at >= this.ttlMs && !cached.refreshing) {
      cached.refreshing = true;
      this.load(key).then(
        (value) => this.entries.set(key, { at: Date.now(), value: Promise.resolve(value), refreshing: false }),
        () => Object.assign(cached, { at: Date.now(), refreshing: false }),
      );
    }
    return cached.value;
  }
}
