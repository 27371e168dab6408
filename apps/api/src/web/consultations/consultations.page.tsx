import { Body, Param, Query, Req, Res } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { Role } from '@app/accounts';
import { ConsultationsService, ConsultationView } from '@app/consultations';
import { StartConsultationDto } from '../../consultations/dto/start-consultation.dto';
import { Roles } from '../../http/roles.decorator';
import { h, render } from '../html/jsx';
import { cursorOf, OWN_LIST_PAGE_SIZE, pageLinks } from '../http/own-list-paging';
import { PageIdPipe } from '../http/page-id.pipe';
import { PageShell } from '../http/page-shell.service';
import { page, PageResult, redirect } from '../http/page-result';
import { signedIn } from '../http/signed-in';
import { formFields, validateForm } from '../http/validate-form';
import { GetPage, PostForm, WebController } from '../http/web-controller.decorator';
import { Viewer } from '../http/viewer';
import { fieldId } from '../views/components/form-fields';
import { ConsultationPage } from '../views/pages/consultation-page';
import { ConsultationsPage, NewQuestionFormModel } from '../views/pages/consultations-page';
import { plural } from '../views/format';
import { ConsultationFormRefusal, consultationFormRefusal, invalidForm, NO_REFUSAL, postMessage } from './consultation-form';
import { SEEKER_STATUS_NAMES, toConsultationCard, toThreadMessage } from './to-consultation-models';

const HERE = '/me/consultations';

/** The seeker's side of the career consultant (ConsultationsService, as /v1/me/consultations). */
@WebController('me/consultations')
@Roles(Role.Seeker)
export class ConsultationsPages {
  constructor(
    private readonly consultations: ConsultationsService,
    private readonly shell: PageShell,
  ) {}

  @GetPage()
  list(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query() raw: Record<string, unknown>,
  ): Promise<PageResult> {
    return this.renderList(request, reply, signedIn(request), cursorOf(raw), { topic: '', message: '' });
  }

  @PostForm()
  async start(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply, @Body() body: unknown): Promise<PageResult> {
    const viewer = signedIn(request);
    const fields = formFields(body);
    const values = { topic: fields.topic ?? '', message: fields.message ?? '' };
    const checked = await validateForm(StartConsultationDto, values);
    if (checked.errors) return this.renderList(request, reply, viewer, undefined, values, invalidForm(checked.errors));
    try {
      const thread = await this.consultations.start(viewer.id, checked.value);
      return redirect(`${HERE}/${thread.id}`, 'consultation-started');
    } catch (error) {
      return this.renderList(request, reply, viewer, undefined, values, consultationFormRefusal(error));
    }
  }

  @GetPage(':id')
  async thread(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('id', new PageIdPipe('Conversation')) id: string,
  ): Promise<PageResult> {
    const viewer = signedIn(request);
    return this.renderThread(request, reply, await this.consultations.get(viewer.id, id), '');
  }

  @PostForm(':id/messages')
  async write(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('id', new PageIdPipe('Conversation')) id: string,
    @Body() body: unknown,
  ): Promise<PageResult> {
    const viewer = signedIn(request);
    const posted = await postMessage(body, (input) => this.consultations.addMessage(viewer.id, id, input));
    if (posted.sent) return redirect(`${HERE}/${id}`, 'consultation-message-sent');
    return this.renderThread(request, reply, await this.consultations.get(viewer.id, id), posted.message, posted.refusal);
  }

  @PostForm(':id/close')
  async close(@Req() request: FastifyRequest, @Param('id', new PageIdPipe('Conversation')) id: string): Promise<PageResult> {
    await this.consultations.close(signedIn(request).id, id);
    return redirect(`${HERE}/${id}`, 'consultation-closed');
  }

  private async renderList(
    request: FastifyRequest,
    reply: FastifyReply,
    viewer: Viewer,
    cursor: string | undefined,
    values: NewQuestionFormModel['values'],
    refusal: ConsultationFormRefusal = NO_REFUSAL,
  ): Promise<PageResult> {
    const [shell, found, access] = await Promise.all([
      this.shell.of(request, reply),
      this.consultations.list(viewer.id, { limit: OWN_LIST_PAGE_SIZE, cursor }),
      this.consultations.accessOf(viewer.id),
    ]);
    const atLimit = access.openThreads >= access.maxOpenThreads;
    const model = {
      canWrite: access.canWrite,
      usage: `${access.openThreads} of ${plural(access.maxOpenThreads, 'open conversation')}`,
      threads: found.items.map(toConsultationCard),
      form: access.canWrite && !atLimit ? { values, errors: refusal.errors } : null,
      atLimit,
      formErrors: refusal.formErrors,
      ...pageLinks(HERE, cursor, found.nextCursor),
    };
    return page(render(<ConsultationsPage shell={shell} model={model} />), refusal.status);
  }

  private async renderThread(
    request: FastifyRequest,
    reply: FastifyReply,
    thread: ConsultationView,
    message: string,
    refusal: ConsultationFormRefusal = NO_REFUSAL,
  ): Promise<PageResult> {
    const viewer = signedIn(request);
    const [shell, access] = await Promise.all([this.shell.of(request, reply), this.consultations.accessOf(viewer.id)]);
    const closed = thread.status === 'closed';
    const model = {
      id: thread.id,
      topic: thread.topic,
      status: SEEKER_STATUS_NAMES[thread.status],
      closed,
      messages: thread.messages.map((m) => toThreadMessage(m, 'seeker')),
      form:
        !closed && access.canWrite
          ? { action: `${HERE}/${thread.id}/messages`, value: message, fieldId: fieldId('message'), error: refusal.errors[0]?.message }
          : null,
      needsPlus: !access.canWrite,
      formErrors: refusal.formErrors,
    };
    return page(render(<ConsultationPage shell={shell} model={model} />), refusal.status);
  }
}
