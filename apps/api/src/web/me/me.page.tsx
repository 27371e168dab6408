import { Body, Req, Res } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { PersonalDataService, ProfileService } from '@app/accounts';
import { FieldError } from '@app/common';
import { UpdateMeDto } from '../../accounts/dto/update-me.dto';
import { h, render } from '../html/jsx';
import { formRefusal } from '../http/form-refusal';
import { PageShell } from '../http/page-shell.service';
import { download, page, PageResult, redirect } from '../http/page-result';
import { SessionCookie } from '../http/session-cookie';
import { formText, validateLabelledForm } from '../http/validate-form';
import { requireViewer } from '../http/viewer';
import { GetPage, PostForm, WebController } from '../http/web-controller.decorator';
import { DeleteAccountPage } from '../views/pages/delete-account-page';
import { MePage } from '../views/pages/me-page';
import { planSummary } from './plan-summary';
import { timeZoneOptions } from './time-zone-options';

const LABELS = { name: 'Name', timezone: 'Time zone' };

/** /me: the profile form (ProfileService, as PATCH /v1/me), the plan, the export and the deletion of the account. */
@WebController('me')
export class MePages {
  constructor(
    private readonly profiles: ProfileService,
    private readonly personalData: PersonalDataService,
    private readonly session: SessionCookie,
    private readonly shell: PageShell,
  ) {}

  @GetPage()
  async me(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<PageResult> {
    const me = await this.profiles.me(requireViewer(request).id);
    return this.mePage(request, reply, { name: me.name, timezone: me.timezone }, []);
  }

  @PostForm()
  async update(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Body() body: unknown,
  ): Promise<PageResult> {
    const viewer = requireViewer(request);
    const values = { name: formText(body, 'name'), timezone: formText(body, 'timezone') };
    const form = await validateLabelledForm(UpdateMeDto, body, { labels: LABELS });
    if (!form.ok) return this.mePage(request, reply, values, form.errors, 422);
    try {
      await this.profiles.update(viewer.id, form.value);
    } catch (error) {
      const refusal = formRefusal(error, reply);
      return this.mePage(request, reply, values, refusal.errors, refusal.status);
    }
    return redirect('/me', 'profile-saved');
  }

  /** The JSON of GET /v1/me/export, as a file. */
  @GetPage('export')
  async export(@Req() request: FastifyRequest): Promise<PageResult> {
    const data = await this.personalData.exportFor(requireViewer(request).id);
    return download(JSON.stringify(data, null, 2), 'application/json; charset=utf-8', 'jobboard-personal-data.json');
  }

  @GetPage('delete')
  async confirmDelete(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<PageResult> {
    const [shell, me] = await Promise.all([this.shell.of(request, reply), this.profiles.me(requireViewer(request).id)]);
    return page(render(<DeleteAccountPage shell={shell} model={{ email: me.email, cancelsPlus: me.plan === 'plus' }} />));
  }

  /** Erases through the same service as DELETE /v1/me; the sessions go with the user row, the cookie with them. */
  @PostForm('delete')
  async delete(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<PageResult> {
    await this.personalData.erase(requireViewer(request).id);
    this.session.clear(reply);
    return redirect('/', 'account-deleted');
  }

  private async mePage(
    request: FastifyRequest,
    reply: FastifyReply,
    values: { name: string; timezone: string },
    errors: FieldError[],
    status = 200,
  ): Promise<PageResult> {
    const [shell, me] = await Promise.all([this.shell.of(request, reply), this.profiles.me(requireViewer(request).id)]);
    const model = { email: me.email, values, errors, timeZones: timeZoneOptions(values.timezone), plan: planSummary(me) };
    return page(render(<MePage shell={shell} model={model} />), status);
  }
}
