import { Controller, Get, Header, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AlertUnsubscribeService } from '@app/alerts';
import { Public } from '../http/public.decorator';
import { UnsubscribeQueryDto } from './dto/alert-params.dto';
import { UnsubscribeDto } from './dto/alert-responses.dto';

/** The link in every alert mail: no login, the signed token is the authority (for its alerts only). */
@ApiTags('alerts')
@Public()
@Controller('alerts/unsubscribe')
export class AlertUnsubscribeController {
  constructor(private readonly unsubscribes: AlertUnsubscribeService) {}

  @Get()
  @Header('cache-control', 'no-store')
  @ApiOkResponse({ type: UnsubscribeDto, description: 'What the token would stop; changes nothing (link scanners follow GETs)' })
  describe(@Query() query: UnsubscribeQueryDto) {
    return this.unsubscribes.describe(query.token);
  }

  @Post()
  @HttpCode(200)
  @Header('cache-control', 'no-store')
  @ApiOkResponse({ type: UnsubscribeDto, description: 'RFC 8058 one-click: pauses the alerts of the token; idempotent' })
  unsubscribe(@Query() query: UnsubscribeQueryDto) {
    return this.unsubscribes.unsubscribe(query.token);
  }
}
