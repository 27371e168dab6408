import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface Asset {
  /** `/assets/site.3f9a1c2b7d.css`: the content's hash in the name, so it can be cached forever. */
  url: string;
  contentType: string;
  body: Buffer;
  gzip: Buffer | null;
  brotli: Buffer | null;
}

const CONTENT_TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.css', '.js', '.svg']);

/** The files served under /assets; the stylesheet, scripts and icons live beside this module. */
export const ASSETS_DIR = join(__dirname, 'files');

/**
 * Every asset read, fingerprinted and compressed once at start. Views ask for `url('site.css')` and get the
 * fingerprinted address; a request for it is answered from memory.
 */
export class AssetCatalog {
  private readonly byName = new Map<string, Asset>();
  private readonly byUrl = new Map<string, Asset>();

  constructor(dir: string = ASSETS_DIR) {
    for (const name of readdirSync(dir).sort()) {
      const ext = extname(name);
      const contentType = CONTENT_TYPES[ext];
      if (!contentType) continue;
      const body = readFileSync(join(dir, name));
      const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
      const compress = COMPRESSIBLE.has(ext);
      const asset: Asset = {
        url: `/assets/${name.slice(0, -ext.length)}.${hash}${ext}`,
        contentType,
        body,
        gzip: compress ? gzipSync(body, { level: 9 }) : null,
        brotli: compress ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : null,
      };
      this.byName.set(name, asset);
      this.byUrl.set(asset.url, asset);
    }
  }

  url(name: string): string {
    const asset = this.byName.get(name);
    if (!asset) throw new Error(`No asset named ${name}`);
    return asset.url;
  }

  byPath(path: string): Asset | undefined {
    return this.byUrl.get(path);
  }

  all(): Asset[] {
    return [...this.byName.values()];
  }
}
