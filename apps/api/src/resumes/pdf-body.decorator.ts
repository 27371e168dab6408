import { createParamDecorator, ExecutionContext, UnsupportedMediaTypeException } from '@nestjs/common';
import { FastifyRequest } from 'fastify';
import { PDF_MEDIA_TYPE } from './pdf-body-parser';

/** The raw bytes of an application/pdf body; any other content type is refused with 415. */
export const PdfBody = createParamDecorator((_data: unknown, context: ExecutionContext): Buffer => {
  const request = context.switchToHttp().getRequest<FastifyRequest>();
  const mediaType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (mediaType !== PDF_MEDIA_TYPE || !Buffer.isBuffer(request.body)) {
    throw new UnsupportedMediaTypeException('Send the CV as application/pdf');
  }
  return request.body;
});
