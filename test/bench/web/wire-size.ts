import { get } from 'node:http';

export const COMPRESSED = { 'accept-encoding': 'br, gzip' };

/** The bytes of one response body as sent (compressed), with its encoding and status. */
export function wireSize(url: string): Promise<{ bytes: number; encoding: string; status: number }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: COMPRESSED }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () =>
        resolve({ bytes, encoding: String(response.headers['content-encoding'] ?? 'identity'), status: response.statusCode ?? 0 }),
      );
      response.on('error', reject);
    }).on('error', reject);
  });
}

/** Every stylesheet and script a page loads (ours are all under /assets), compressed as sent. */
export async function assetBytes(baseUrl: string, pagePath: string): Promise<{ bytes: number; files: string[] }> {
  const html = await (await fetch(`${baseUrl}${pagePath}`)).text();
  const files = [...html.matchAll(/<(?:link rel="stylesheet" href|script src)="([^"]+)"/g)].map((match) => match[1]!);
  const sizes = await Promise.all(files.map((file) => wireSize(new URL(file, baseUrl).href)));
  return { bytes: sizes.reduce((sum, size) => sum + size.bytes, 0), files };
}
