import { Body, Param, Query, Req, Res } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { Role } from '@app/accounts';
import { DomainError, ErrorCode } from '@app/common';
import { AdminConsultationsService, AdminConsultationSummaryView, AdminConsultationView, CONSULTATION_STATUSES } from '@app/consultations';
import { ConsultationQueueQueryDto } from '../../consultations/dto/consultation-params.dto';
import { Roles } from '../../http/roles.decorator';
import { h, render } from '../html/jsx';
import { cursorOf, OWN_LIST_PAGE_SIZE } from '../http/own-list-paging';
import { PageIdPipe } from '../http/page-id.pipe';
import { PageShell } from '../http/page-shell.service';
import { page, PageResult, redirect } from '../http/page-result';
import { signedIn } from '../http/signed-in';
import { validateForm } from '../http/validate-form';
import { GetPage, PostForm, WebController } from '../http/web-controller.decorator';
import { fieldId } from '../views/components/form-fields';
import { formatDate, formatDateTime, plural } from '../views/format';
import { AdminConsultationPage } from '../views/pages/admin/consultation-page';
import { ConsultationQueuePage, QueueItemModel } from '../views/pages/admin/consultations-page';
import { ConsultationFormRefusal, NO_REFUSAL, postMessage } from './consultation-form';
import { QUEUE_STATUS_NAMES, toThreadMessage } from './to-consultation-models';

const HERE = '/admin/consultations';

const HEADINGS = {
  open: { heading: 'Waiting for a consultant, longest first', empty: 'Nobody is waiting. Well done.' },
  answered: { heading: 'Answered, latest first', empty: 'No answered conversations.' },
  closed: { heading: 'Closed, latest first', empty: 'No closed conversations.' },
} as const;

/** The consultants' side (AdminConsultationsService, as /v1/admin/consultations); admins only, by path. */
@WebController('admin/consultations')
@Roles(Role.Admin)
export class AdminConsultationsPages {
  constructor(
    private readonly consultations: AdminConsultationsService,
    private readonly shell: PageShell,
  ) {}

  @GetPage()
  async queue(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query() raw: Record<string, unknown>,
  ): Promise<PageResult> {
    const status = typeof raw.status === 'string' && raw.status !== '' ? raw.status : 'open';
    const cursor = cursorOf(raw);
    const checked = await validateForm(ConsultationQueueQueryDto, { status, limit: OWN_LIST_PAGE_SIZE, ...(cursor ? { cursor } : {}) });
    if (checked.errors) throw new DomainError(ErrorCode.BadInput, 'This is not a list of the queue', checked.errors);
    const query = checked.value;
    const [shell, found] = await Promise.all([this.shell.of(request, reply), this.consultations.queue(query)]);
    const model = {
      tabs: CONSULTATION_STATUSES.map((each) => ({
        label: QUEUE_STATUS_NAMES[each],
        href: `${HERE}?status=${each}`,
        current: each === query.status,
      })),
      ...HEADINGS[query.status],
      items: found.items.map(toQueueItem),
      nextHref: found.nextCursor ? `${HERE}?status=${query.status}&cursor=${encodeURIComponent(found.nextCursor)}` : null,
      firstHref: cursor ? `${HERE}?status=${query.status}` : null,
    };
    return page(render(<ConsultationQueuePage shell={shell} model={model} />));
  }

  @GetPage(':id')
  async thread(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('id', new PageIdPipe('Conversation')) id: string,
  ): Promise<PageResult> {
    return this.renderThread(request, reply, await this.consultations.get(id), '');
  }

  /** From the queue (`from=queue`) a good reply goes back to the queue; from the thread, to the thread. */
  @PostForm(':id/messages')
  async reply(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('id', new PageIdPipe('Conversation')) id: string,
    @Body() body: unknown,
  ): Promise<PageResult> {
    const consultant = signedIn(request);
    const posted = await postMessage(body, (input) => this.consultations.reply({ id: consultant.id }, id, input));
    if (posted.sent) return redirect(posted.fields.from === 'queue' ? HERE : `${HERE}/${id}`, 'consultant-reply-sent');
    return this.renderThread(request, reply, await this.consultations.get(id), posted.message, posted.refusal);
  }

  private async renderThread(
    request: FastifyRequest,
    reply: FastifyReply,
    thread: AdminConsultationView,
    message: string,
    refusal: ConsultationFormRefusal = NO_REFUSAL,
  ): Promise<PageResult> {
    const shell = await this.shell.of(request, reply);
    const model = {
      topic: thread.topic,
      status: QUEUE_STATUS_NAMES[thread.status],
      seeker: `${thread.seeker.name} (${thread.seeker.email}) · asked on ${formatDate(thread.createdAt)}`,
      messages: thread.messages.map((m) => toThreadMessage(m, 'consultant')),
      form:
        thread.status === 'closed'
          ? null
          : { action: `${HERE}/${thread.id}/messages`, value: message, fieldId: fieldId('message'), error: refusal.errors[0]?.message },
      formErrors: refusal.formErrors,
    };
    return page(render(<AdminConsultationPage shell={shell} model={model} />), refusal.status);
  }
}

function toQueueItem(thread: AdminConsultationSummaryView): QueueItemModel {
  const since =
    thread.status === 'open' && thread.waitingSince
      ? `waiting since ${formatDateTime(thread.waitingSince)}`
      : `last message ${formatDateTime(thread.lastMessageAt)}`;
  return {
    id: thread.id,
    topic: thread.topic,
    seeker: thread.seeker.name,
    facts: `${since} · ${plural(thread.messageCount, 'message')}`,
    latest: toThreadMessage(thread.latestMessage, 'consultant'),
    form:
      thread.status === 'closed'
        ? null
        : {
            action: `${HERE}/${thread.id}/messages`,
            value: '',
            fieldId: `field-message-${thread.id}`,
            sendContext: `reply to ${thread.seeker.name}: ${thread.topic}`,
            hidden: { from: 'queue' },
            rows: 3,
          },
  };
}
