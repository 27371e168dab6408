import { Body, Param, Query, Req, Res } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { Role } from '@app/accounts';
import { AlertsService } from '@app/alerts';
import { AppConfig } from '@app/config';
import { CreateAlertDto } from '../../alerts/dto/create-alert.dto';
import { Roles } from '../../http/roles.decorator';
import { h, render } from '../html/jsx';
import { CsrfTokens } from '../http/csrf-tokens';
import { isEnhanced } from '../http/enhanced';
import { cursorOf, OWN_LIST_PAGE_SIZE, pageLinks } from '../http/own-list-paging';
import { PageIdPipe } from '../http/page-id.pipe';
import { PageShell } from '../http/page-shell.service';
import { page, PageResult, redirect } from '../http/page-result';
import { signedIn } from '../http/signed-in';
import { formFields, labelledErrors, validateForm } from '../http/validate-form';
import { GetPage, PostForm, WebController } from '../http/web-controller.decorator';
import { jobFilterOptions } from '../jobs/job-search-form';
import { Viewer } from '../http/viewer';
import { AlertFormValues } from '../views/components/alert-form';
import { AlertToggle } from '../views/components/alert-toggle';
import { AlertsPage } from '../views/pages/alerts-page';
import { ALERT_FORM_LABELS, alertFormValuesOf, EMPTY_ALERT_FORM, toAlertBody } from './alert-form';
import { alertFormRefusal, AlertFormRefusal } from './alert-form-errors';
import { toAlertCard, toAlertLimits } from './to-alert-card';

const HERE = '/me/alerts';

/** /me/alerts: the seeker's alerts and their plan's limits (AlertsService, as /v1/me/alerts); create, pause, resume. */
@WebController('me/alerts')
@Roles(Role.Seeker)
export class AlertsPages {
  constructor(
    private readonly alerts: AlertsService,
    private readonly shell: PageShell,
    private readonly tokens: CsrfTokens,
    private readonly config: AppConfig,
  ) {}

  @GetPage()
  list(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query() raw: Record<string, unknown>,
  ): Promise<PageResult> {
    return this.render(request, reply, signedIn(request), cursorOf(raw), EMPTY_ALERT_FORM);
  }

  @PostForm()
  async create(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Body() body: unknown,
  ): Promise<PageResult> {
    const viewer = signedIn(request);
    const values = alertFormValuesOf(formFields(body));
    const checked = await validateForm(CreateAlertDto, toAlertBody(values));
    if (checked.errors) {
      const refusal = { status: 422, errors: labelledErrors(checked.errors, ALERT_FORM_LABELS), formErrors: [] };
      return this.render(request, reply, viewer, undefined, values, refusal);
    }
    try {
      await this.alerts.create(viewer.id, checked.value);
    } catch (error) {
      return this.render(request, reply, viewer, undefined, values, alertFormRefusal(error));
    }
    return redirect(HERE, 'alert-created');
  }

  @PostForm(':id/pause')
  pause(@Req() request: FastifyRequest, @Param('id', new PageIdPipe('Alert')) id: string): Promise<PageResult> {
    return this.setPaused(request, id, true);
  }

  @PostForm(':id/resume')
  resume(@Req() request: FastifyRequest, @Param('id', new PageIdPipe('Alert')) id: string): Promise<PageResult> {
    return this.setPaused(request, id, false);
  }

  /** In place (the toggle, now the other way round), or back to the list. */
  private async setPaused(request: FastifyRequest, id: string, paused: boolean): Promise<PageResult> {
    const viewer = signedIn(request);
    await this.alerts.update(viewer.id, id, { paused });
    if (!isEnhanced(request)) return redirect(HERE, paused ? 'alert-paused' : 'alert-resumed');
    const announce = paused ? 'Alert paused.' : 'Alert resumed.';
    return page(
      render(<AlertToggle alertId={id} paused={paused} csrfToken={this.tokens.forSession(viewer.sessionId)} announce={announce} />),
    );
  }

  private async render(
    request: FastifyRequest,
    reply: FastifyReply,
    viewer: Viewer,
    cursor: string | undefined,
    values: AlertFormValues,
    refusal: AlertFormRefusal = { status: 200, errors: [], formErrors: [] },
  ): Promise<PageResult> {
    const [shell, found, limits] = await Promise.all([
      this.shell.of(request, reply),
      this.alerts.list(viewer.id, { limit: OWN_LIST_PAGE_SIZE, cursor }),
      this.alerts.limitsOf(viewer.id),
    ]);
    const limitsModel = toAlertLimits(limits, this.config.plans.plus);
    const form = limitsModel.atLimit
      ? null
      : {
          action: HERE,
          submitLabel: 'Create alert',
          values,
          errors: refusal.errors,
          options: jobFilterOptions(values),
          dailyAllowed: limits.frequencies.includes('daily'),
        };
    const model = {
      alerts: found.items.map(toAlertCard),
      limits: limitsModel,
      form,
      formErrors: form ? refusal.formErrors : [...refusal.formErrors, ...refusal.errors],
      ...pageLinks(HERE, cursor, found.nextCursor),
    };
    return page(render(<AlertsPage shell={shell} model={model} />), refusal.status);
  }
}
