import { applyDecorators, Type } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiUnauthorizedResponse } from '@nestjs/swagger';

/** The OpenAPI of an admin list or read: its summary, its answer and the errors every admin route can give. */
export function AdminRead(summary: string, type: Type<unknown>, description?: string): MethodDecorator {
  return applyDecorators(
    ApiOperation({ summary }),
    ApiOkResponse({ type, description }),
    ApiBadRequestResponse({ description: 'A parameter is invalid or unknown, or the cursor was not issued by this list' }),
    ApiUnauthorizedResponse({ description: 'No valid access token' }),
    ApiForbiddenResponse({ description: 'The caller is not an admin' }),
  );
}
