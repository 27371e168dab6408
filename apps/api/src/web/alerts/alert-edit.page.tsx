import { Body, Param, Req, Res } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { Role } from '@app/accounts';
import { AlertsService } from '@app/alerts';
import { UpdateAlertDto } from '../../alerts/dto/update-alert.dto';
import { Roles } from '../../http/roles.decorator';
import { h, render } from '../html/jsx';
import { PageIdPipe } from '../http/page-id.pipe';
import { PageShell } from '../http/page-shell.service';
import { page, PageResult, redirect } from '../http/page-result';
import { signedIn } from '../http/signed-in';
import { formFields, labelledErrors, validateForm } from '../http/validate-form';
import { GetPage, PostForm, WebController } from '../http/web-controller.decorator';
import { jobFilterOptions } from '../jobs/job-search-form';
import { AlertFormValues } from '../views/components/alert-form';
import { AlertEditPage } from '../views/pages/alert-edit-page';
import { ALERT_FORM_LABELS, alertFormValuesFrom, alertFormValuesOf, toAlertBody } from './alert-form';
import { alertFormRefusal, AlertFormRefusal } from './alert-form-errors';

/** /me/alerts/:id/edit: one alert's form (AlertsService.update, as PATCH /v1/me/alerts/:id) and its deletion. */
@WebController('me/alerts')
@Roles(Role.Seeker)
export class AlertEditPages {
  constructor(
    private readonly alerts: AlertsService,
    private readonly shell: PageShell,
  ) {}

  @GetPage(':id/edit')
  async form(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('id', new PageIdPipe('Alert')) id: string,
  ): Promise<PageResult> {
    const alert = await this.alerts.get(signedIn(request).id, id);
    return this.render(request, reply, id, alert.name, alertFormValuesFrom(alert));
  }

  @PostForm(':id')
  async save(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('id', new PageIdPipe('Alert')) id: string,
    @Body() body: unknown,
  ): Promise<PageResult> {
    const viewer = signedIn(request);
    const current = await this.alerts.get(viewer.id, id);
    const values = alertFormValuesOf(formFields(body));
    const checked = await validateForm(UpdateAlertDto, toAlertBody(values));
    if (checked.errors) {
      const refusal = { status: 422, errors: labelledErrors(checked.errors, ALERT_FORM_LABELS), formErrors: [] };
      return this.render(request, reply, id, current.name, values, refusal);
    }
    try {
      await this.alerts.update(viewer.id, id, checked.value);
    } catch (error) {
      return this.render(request, reply, id, current.name, values, alertFormRefusal(error));
    }
    return redirect('/me/alerts', 'alert-saved');
  }

  @PostForm(':id/delete')
  async remove(@Req() request: FastifyRequest, @Param('id', new PageIdPipe('Alert')) id: string): Promise<PageResult> {
    await this.alerts.remove(signedIn(request).id, id);
    return redirect('/me/alerts', 'alert-deleted');
  }

  private async render(
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    name: string,
    values: AlertFormValues,
    refusal: AlertFormRefusal = { status: 200, errors: [], formErrors: [] },
  ): Promise<PageResult> {
    const viewer = signedIn(request);
    const [shell, limits] = await Promise.all([this.shell.of(request, reply), this.alerts.limitsOf(viewer.id)]);
    const form = {
      action: `/me/alerts/${id}`,
      submitLabel: 'Save alert',
      values,
      errors: [...refusal.formErrors, ...refusal.errors],
      options: jobFilterOptions(values),
      dailyAllowed: limits.frequencies.includes('daily'),
    };
    return page(render(<AlertEditPage shell={shell} model={{ id, name, form }} />), refusal.status);
  }
}
