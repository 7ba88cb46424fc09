/** A rendered public page, kept with the data version it was rendered at. */
export interface CachedPage {
  status: number;
  /** Every header of the response (security headers included), with Content-Length and ETag. */
  headers: Record<string, string>;
  /** The same as name, value, name, value …: node:http writes a flat list with the least work. */
  rawHeaders: string[];
  /** What a 304 carries: the validators and caching headers, no body headers. */
  notModifiedHeaders: Record<string, string>;
  body: Buffer;
  etag: string;
  /** The cooperation whose data the page shows (its counter decides), or null: every counter decides. */
  cooperationId: number | null;
  version: string;
  storedAt: number;
}

/**
 * Least recently used pages go first when the pages together would pass the byte budget. A Map
 * keeps insertion order, so moving a page to the end on each use makes the first key the oldest.
 */
export class PageStore {
  private readonly pages = new Map<string, CachedPage>();
  private bytes = 0;

  constructor(readonly maxBytes: number) {}

  get size(): number {
    return this.pages.size;
  }

  get usedBytes(): number {
    return this.bytes;
  }

  has(key: string): boolean {
    return this.pages.has(key);
  }

  get(key: string): CachedPage | undefined {
    const page = this.pages.get(key);
    if (page) {
      this.pages.delete(key);
      this.pages.set(key, page);
    }
    return page;
  }

  /** A page larger than an eighth of the budget is not kept: it would push out many small ones. */
  set(key: string, page: CachedPage): boolean {
    this.delete(key);
    const cost = costOf(key, page);
    if (cost > this.maxBytes / 8) return false;
    this.pages.set(key, page);
    this.bytes += cost;
    for (const [oldest, old] of this.pages) {
      if (this.bytes <= this.maxBytes) break;
      this.pages.delete(oldest);
      this.bytes -= costOf(oldest, old);
    }
    return true;
  }

  delete(key: string): void {
    const page = this.pages.get(key);
    if (!page) return;
    this.pages.delete(key);
    this.bytes -= costOf(key, page);
  }
}

/** The body dominates; headers and key are counted roughly so that many tiny pages still add up. */
function costOf(key: string, page: CachedPage): number {
  return page.body.length + key.length + 1024;
}
