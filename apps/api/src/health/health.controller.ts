import { Controller, Get, HttpCode, Res, VERSION_NEUTRAL } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiExcludeController } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { OWN_ERROR_BODY } from '../http/error-body-guard';
import { problemDetails } from '../http/problem-details';
import { Public } from '../http/public.decorator';
import { ReadinessService } from './readiness.service';

/** Probes for orchestrators and load balancers, like /metrics: not part of the API document. */
@ApiExcludeController()
@Public()
@Controller({ path: 'health', version: VERSION_NEUTRAL })
export class HealthController {
  constructor(private readonly readiness: ReadinessService) {}

  @Get('live')
  @HttpCode(200)
  live() {
    return { status: 'ok' };
  }

  /** 200 `{status, checks}` when every dependency answers; otherwise 503 problem+json naming the ones down. */
  @Get('ready')
  @RouteConfig(OWN_ERROR_BODY)
  async ready(@Res({ passthrough: true }) reply: FastifyReply) {
    const checks = await this.readiness.check();
    const down = Object.entries(checks)
      .filter(([, status]) => status === 'down')
      .map(([name]) => name);
    if (down.length === 0) return { status: 'ok', checks };
    reply.status(503).type('application/problem+json');
    return { ...problemDetails(503, `Not ready: ${down.join(' and ')} ${down.length > 1 ? 'are' : 'is'} down`), checks };
  }
}
