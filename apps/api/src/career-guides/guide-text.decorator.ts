import { createParamDecorator, ExecutionContext, UnsupportedMediaTypeException } from '@nestjs/common';
import { FastifyRequest } from 'fastify';
import { rejectNonText } from '../http/non-text-input';

export const GUIDE_TEXT_TYPES = ['text/plain', 'text/markdown'];

/**
 * The body of a text/plain or text/markdown request as UTF-8 text; any other content type is refused with 415,
 * and text with control characters with 400 (the validation pipe's rule, which custom decorators skip).
 */
export const GuideText = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const request = context.switchToHttp().getRequest<FastifyRequest>();
  const mediaType = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (!GUIDE_TEXT_TYPES.includes(mediaType)) {
    throw new UnsupportedMediaTypeException('Send the guide as text/plain or text/markdown');
  }
  const body: unknown = request.body;
  const text = Buffer.isBuffer(body) ? body.toString('utf8') : typeof body === 'string' ? body : '';
  rejectNonText(text, 'body');
  return text;
});
