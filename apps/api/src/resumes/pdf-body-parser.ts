import { FastifyInstance, FastifyRequest } from 'fastify';
import { RESUME_FILE_MAX_BYTES } from '@app/resumes';

export const PDF_MEDIA_TYPE = 'application/pdf';
/** The one route that takes a raw PDF body. */
export const PDF_BODY_ROUTE = '/v1/me/resume/file';

const clientError = (statusCode: number, message: string) => Object.assign(new Error(message), { statusCode, code: 'FST_RESUME_FILE' });

/**
 * application/pdf bodies, read as bytes up to 2 MB, for `PUT /v1/me/resume/file` only (everywhere else 415, as
 * before). Over the limit the read stops with 413 and the unread rest is drained before the answer
 * (http/unread-body.ts). Whether the bytes are a PDF is the service's check, not the header's.
 */
export function registerPdfBodyParser(fastify: FastifyInstance): void {
  fastify.addContentTypeParser(PDF_MEDIA_TYPE, (request: FastifyRequest, payload, done) => {
    if (request.routeOptions.url !== PDF_BODY_ROUTE) {
      done(clientError(415, `Unsupported Media Type: ${PDF_MEDIA_TYPE}`), undefined);
      return;
    }
    const tooLarge = () => clientError(413, 'The PDF is larger than 2 MB');
    if (Number(request.headers['content-length'] ?? 0) > RESUME_FILE_MAX_BYTES) {
      done(tooLarge(), undefined);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (error: Error | null, body?: Buffer) => {
      if (settled) return;
      settled = true;
      payload.off('data', onData);
      done(error, body);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > RESUME_FILE_MAX_BYTES) finish(tooLarge());
      else chunks.push(chunk);
    };
    payload.on('data', onData);
    payload.once('end', () => finish(null, Buffer.concat(chunks)));
    payload.once('error', (error) => finish(error));
  });
}
