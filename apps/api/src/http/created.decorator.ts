import { applyDecorators, CallHandler, ExecutionContext, HttpCode, NestInterceptor, Type, UseInterceptors } from '@nestjs/common';
import { ApiCreatedResponse } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { map, Observable } from 'rxjs';

/** Sets `Location` from the created resource's id: `/v1/me/alerts/{id}`. */
class LocationHeaderInterceptor implements NestInterceptor {
  constructor(private readonly template: string) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return next.handle().pipe(
      map((created: { id?: string }) => {
        reply.header('location', this.template.replace('{id}', encodeURIComponent(String(created?.id))));
        return created;
      }),
    );
  }
}

/**
 * A route that creates: 201 with the created resource, and `Location` naming it when `location`
 * is given (a path; `{id}` is replaced by the id of the response body).
 */
export const Created = (type: Type, options: { location?: string; description?: string } = {}): MethodDecorator => {
  const { location, description = 'Created' } = options;
  const headers = location
    ? { Location: { required: true, description: `Where the created resource is read: \`${location}\``, schema: { type: 'string' } } }
    : undefined;
  return applyDecorators(
    HttpCode(201),
    ApiCreatedResponse({ type, description, headers }),
    ...(location ? [UseInterceptors(new LocationHeaderInterceptor(location))] : []),
  );
};
