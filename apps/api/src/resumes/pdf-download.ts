import { FastifyReply } from 'fastify';

/** A CV as a download: never rendered in the browser, never sniffed into something else. */
export function sendPdf(reply: FastifyReply, bytes: Buffer, filename: string): FastifyReply {
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(bytes);
}
