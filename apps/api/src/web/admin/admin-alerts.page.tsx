import { Body, Param, Query, Req, Res } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { FastifyReply, FastifyRequest } from 'fastify';
import { AlertRunsService, AlertRunView } from '@app/alerts';
import { DomainError } from '@app/common';
import { StartAlertRunDto } from '../../alerts/dto/alert-params.dto';
import { PageQueryDto } from '../../http/page-query.dto';
import { h, render } from '../html/jsx';
import { PageShell } from '../http/page-shell.service';
import { page, PageResult, redirect } from '../http/page-result';
import { validateForm } from '../http/validate-form';
import { GetPage, PostForm, WebController } from '../http/web-controller.decorator';
import { formatDateTime } from '../views/format';
import { AlertRunRow, AlertRunTableRow, AlertsPage } from '../views/pages/admin/alerts-page';
import { adminViewer, listQueryOf } from './admin-request';

/** site.js asks for one run's row with this header while the run goes. */
const FRAGMENT_HEADER = 'x-fragment';

export function toAlertRunRow(run: AlertRunView): AlertRunRow {
  return {
    id: run.id,
    created: formatDateTime(run.createdAt),
    createdIso: run.createdAt,
    frequency: run.frequency === 'daily' ? 'Daily' : 'Weekly',
    trigger: run.trigger === 'admin' ? 'Started by an admin' : 'Scheduled',
    status: run.status,
    subscribers: run.subscribers,
    digests: run.digests,
    emailsSent: run.emailsSent,
    failed: run.failed,
    finished: run.finishedAt ? formatDateTime(run.finishedAt) : '—',
    open: run.status === 'queued' || run.status === 'running',
  };
}

/** /admin/alerts: recent runs with their counters, a run started now, and its row polled until it is done. */
@WebController('admin/alerts')
export class AdminAlertsPages {
  constructor(
    private readonly runs: AlertRunsService,
    private readonly shell: PageShell,
  ) {}

  @GetPage()
  async list(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query() raw: Record<string, unknown>,
  ): Promise<PageResult> {
    const { query, pageLinks } = await listQueryOf(PageQueryDto, raw, []);
    const [shell, found] = await Promise.all([this.shell.of(request, reply), this.runs.list(query)]);
    const model = {
      runs: found.items.map(toAlertRunRow),
      ...pageLinks('/admin/alerts', found.nextCursor),
    };
    return page(render(<AlertsPage shell={shell} model={model} />));
  }

  @PostForm('runs')
  async start(@Req() request: FastifyRequest, @Body() body: Record<string, unknown>): Promise<PageResult> {
    const checked = await validateForm(StartAlertRunDto, { frequency: body.frequency });
    if (!checked.ok) throw DomainError.badInput('frequency', checked.errors[0]!.message);
    await this.runs.start(adminViewer(request), checked.value.frequency);
    return redirect('/admin/alerts', 'alert-run-started');
  }

  /** One run's table row (site.js polls it); a browser that opens it directly is sent to the list. */
  @GetPage('runs/:id')
  async run(@Req() request: FastifyRequest, @Param('id') id: string): Promise<PageResult> {
    if (!isUUID(id)) throw DomainError.notFound('Alert run');
    if (request.headers[FRAGMENT_HEADER] !== '1') return redirect('/admin/alerts');
    return page(render(<AlertRunTableRow run={toAlertRunRow(await this.runs.get(id))} />));
  }
}
