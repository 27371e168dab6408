import { Controller, Get, Header, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AlertUnsubscribeService } from '@app/alerts';
import { ApiProblems } from '../http/api-problems.decorator';
import { Operation } from '../http/operation.decorator';
import { Public } from '../http/public.decorator';
import { UnsubscribeQueryDto } from './dto/alert-params.dto';
import { UnsubscribeDto } from './dto/alert-responses.dto';

const TOKEN_PROBLEMS = [
  { status: 400, description: 'The token is not a valid unsubscribe link' },
  { status: 404, description: 'The alerts of the token no longer exist' },
] as const;

/** The link in every alert mail: no login, the signed token is the authority (for its alerts only). */
@ApiTags('alerts')
@Public()
@Controller('alerts/unsubscribe')
export class AlertUnsubscribeController {
  constructor(private readonly unsubscribes: AlertUnsubscribeService) {}

  @Get()
  @Header('cache-control', 'no-store')
  @Operation('describeUnsubscribe', 'What an unsubscribe link would stop', 'Changes nothing: link scanners follow GETs.')
  @ApiOkResponse({ type: UnsubscribeDto })
  @ApiProblems(...TOKEN_PROBLEMS)
  describe(@Query() query: UnsubscribeQueryDto) {
    return this.unsubscribes.describe(query.token);
  }

  @Post()
  @HttpCode(200)
  @Header('cache-control', 'no-store')
  @Operation('unsubscribe', 'Pause the alerts of an unsubscribe link (RFC 8058 one-click; idempotent)')
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiBody({
    required: false,
    description: 'What mail clients send (RFC 8058); the token alone is enough',
    schema: { type: 'object', properties: { 'List-Unsubscribe': { type: 'string', enum: ['One-Click'] } } },
  })
  @ApiOkResponse({ type: UnsubscribeDto })
  @ApiProblems(...TOKEN_PROBLEMS)
  unsubscribe(@Query() query: UnsubscribeQueryDto) {
    return this.unsubscribes.unsubscribe(query.token);
  }
}
