import { Controller, Get, HttpCode, Res, VERSION_NEUTRAL } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { OWN_ERROR_BODY } from '../http/error-body-guard';
import { Public } from '../http/public.decorator';
import { ReadinessService } from './readiness.service';

@ApiTags('operations')
@Public()
@Controller({ path: 'health', version: VERSION_NEUTRAL })
export class HealthController {
  constructor(private readonly readiness: ReadinessService) {}

  @Get('live')
  @HttpCode(200)
  live() {
    return { status: 'ok' };
  }

  /** 503 with the same `{status, checks}` shape as the 200, for probes and operators (not problem+json). */
  @Get('ready')
  @RouteConfig(OWN_ERROR_BODY)
  async ready(@Res({ passthrough: true }) reply: FastifyReply) {
    const checks = await this.readiness.check();
    const ok = Object.values(checks).every((status) => status === 'up');
    reply.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'unavailable', checks };
  }
}
