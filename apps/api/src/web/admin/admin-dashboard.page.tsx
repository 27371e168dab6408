import { Req, Res } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { DashboardStats, DashboardStatsService } from '@app/stats';
import { h, render } from '../html/jsx';
import { PageShell } from '../http/page-shell.service';
import { page, PageResult } from '../http/page-result';
import { GetPage, WebController } from '../http/web-controller.decorator';
import { formatDate, formatMoney } from '../views/format';
import { DashboardPage, DashboardPageModel } from '../views/pages/admin/dashboard-page';

const SERIES = [
  { id: 'signups', title: 'Signups', of: 'signups' },
  { id: 'applications', title: 'Applications', of: 'applications' },
  { id: 'digests', title: 'Digests sent', of: 'digestsSent' },
  { id: 'new-plus', title: 'New Plus', of: 'newPlus' },
] as const;

export function toDashboardModel(stats: DashboardStats): DashboardPageModel {
  const count = (n: number) => n.toLocaleString('en-US');
  return {
    figures: [
      { label: 'Users', value: count(stats.users) },
      { label: 'Plus subscribers', value: count(stats.plusSubscribers) },
      { label: 'Monthly recurring revenue', value: formatMoney(stats.monthlyRecurringRevenue, stats.currency) },
      { label: 'Open listings', value: count(stats.openListings) },
    ],
    charts: SERIES.map((series) => ({
      id: `chart-${series.id}`,
      chart: { title: series.title, days: stats.days.map((day) => ({ label: formatDate(day.day), value: day[series.of] })) },
    })),
  };
}

/** /admin: the dashboard, from the same service as GET /v1/admin/stats. */
@WebController('admin')
export class AdminDashboardPages {
  constructor(
    private readonly stats: DashboardStatsService,
    private readonly shell: PageShell,
  ) {}

  @GetPage()
  async dashboard(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<PageResult> {
    const [shell, stats] = await Promise.all([this.shell.of(request, reply), this.stats.get()]);
    return page(render(<DashboardPage shell={shell} model={toDashboardModel(stats)} />));
  }
}
