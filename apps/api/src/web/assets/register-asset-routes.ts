import { FastifyInstance } from 'fastify';
import { AssetCatalog } from './asset-catalog';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** GET /assets/<name>.<hash>.<ext> from memory, precompressed; any other asset path is a plain 404. */
export function registerAssetRoutes(fastify: FastifyInstance, catalog: AssetCatalog): void {
  fastify.get('/assets/:file', (request, reply) => {
    const asset = catalog.byPath(request.url.split('?')[0]);
    if (!asset) return reply.status(404).type('text/plain; charset=utf-8').header('cache-control', 'no-store').send('Not found');
    const accepted = String(request.headers['accept-encoding'] ?? '');
    const [encoding, body] =
      asset.brotli && /\bbr\b/.test(accepted)
        ? ['br', asset.brotli]
        : asset.gzip && /\bgzip\b/.test(accepted)
          ? ['gzip', asset.gzip]
          : [null, asset.body];
    if (encoding) reply.header('content-encoding', encoding);
    if (asset.gzip) reply.header('vary', 'accept-encoding');
    return reply.type(asset.contentType).header('cache-control', IMMUTABLE).send(body);
  });
}
