import { Body, Query, Req, Res } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { AlertUnsubscribeService, UnsubscribeView } from '@app/alerts';
import { DomainError, ErrorCode } from '@app/common';
import { h, render } from '../html/jsx';
import { SkipCsrf } from '../http/csrf.guard';
import { flashOf } from '../http/flash';
import { PageShell } from '../http/page-shell.service';
import { page, PageResult, redirect } from '../http/page-result';
import { formFields } from '../http/validate-form';
import { GetPage, PostForm, WebController } from '../http/web-controller.decorator';
import { UnsubscribePage, UnsubscribePageModel } from '../views/pages/unsubscribe-page';
import { describeCriteria } from './describe-criteria';

const PATH = '/alerts/unsubscribe';
const MAX_TOKEN_LENGTH = 2048;
const FREQUENCY_NAMES = { daily: 'Daily', weekly: 'Weekly' } as const;

type Outcome = { view: UnsubscribeView; token: string } | { failure: 'invalid' | 'gone' };

function tokenOf(raw: Record<string, unknown>): string | null {
  const token = raw.token;
  return typeof token === 'string' && token.length > 0 && token.length <= MAX_TOKEN_LENGTH ? token : null;
}

const pageOf = (token: string) => `${PATH}?token=${encodeURIComponent(token)}`;

/**
 * The unsubscribe link of every alert mail (AlertUnsubscribeService, as /v1/alerts/unsubscribe). No login: the
 * signed token is the authority, for its alerts only. GET shows and changes nothing; POST pauses — from the
 * page's button (then back to the page) or as an RFC 8058 one-click POST from a mail client (no CSRF token, no
 * cookies: answered with the page itself, no redirect).
 */
@WebController('alerts/unsubscribe')
export class UnsubscribePages {
  constructor(
    private readonly unsubscribes: AlertUnsubscribeService,
    private readonly shell: PageShell,
  ) {}

  @GetPage()
  async show(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query() raw: Record<string, unknown>,
  ): Promise<PageResult> {
    const outcome = await this.run(tokenOf(raw), (token) => this.unsubscribes.describe(token));
    return this.render(request, reply, outcome, false);
  }

  @PostForm()
  @SkipCsrf()
  async unsubscribe(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query() raw: Record<string, unknown>,
    @Body() body: unknown,
  ): Promise<PageResult> {
    const outcome = await this.run(tokenOf(raw), (token) => this.unsubscribes.unsubscribe(token));
    const oneClick = formFields(body)['List-Unsubscribe'] === 'One-Click';
    if ('view' in outcome && !oneClick) return redirect(pageOf(outcome.token), 'unsubscribed');
    return this.render(request, reply, outcome, true);
  }

  /** A token that is not ours (or none) and one whose alerts were deleted are pages, never errors. */
  private async run(token: string | null, action: (token: string) => Promise<UnsubscribeView>): Promise<Outcome> {
    if (token === null) return { failure: 'invalid' };
    try {
      return { view: await action(token), token };
    } catch (error) {
      if (error instanceof DomainError && error.code === ErrorCode.BadInput) return { failure: 'invalid' };
      if (error instanceof DomainError && error.code === ErrorCode.NotFound) return { failure: 'gone' };
      throw error;
    }
  }

  private async render(request: FastifyRequest, reply: FastifyReply, outcome: Outcome, done: boolean): Promise<PageResult> {
    const shell = await this.shell.of(request, reply);
    if ('failure' in outcome) {
      const model: UnsubscribePageModel = { kind: outcome.failure };
      return page(render(<UnsubscribePage shell={shell} model={model} />), outcome.failure === 'invalid' ? 400 : 404);
    }
    const model: UnsubscribePageModel = {
      kind: 'alerts',
      action: pageOf(outcome.token),
      alerts: outcome.view.alerts.map((alert) => ({
        name: alert.name,
        frequency: FREQUENCY_NAMES[alert.frequency],
        criteria: describeCriteria(alert.criteria),
        paused: alert.paused,
      })),
    };
    return page(render(<UnsubscribePage shell={done ? { ...shell, flash: flashOf('unsubscribed') } : shell} model={model} />));
  }
}
