import { Param, Req, Res } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { Role } from '@app/accounts';
import { AlertPreview, AlertPreviewService, AlertsService } from '@app/alerts';
import { Clock } from '@app/common';
import { EMPLOYMENT_TYPE_NAMES, EmploymentType, SalaryPeriod } from '@app/jobs';
import { Roles } from '../../http/roles.decorator';
import { h, render } from '../html/jsx';
import { PageIdPipe } from '../http/page-id.pipe';
import { PageShell } from '../http/page-shell.service';
import { page, PageResult } from '../http/page-result';
import { signedIn } from '../http/signed-in';
import { GetPage, WebController } from '../http/web-controller.decorator';
import { whereOf } from '../jobs/to-listing-card';
import { formatAge, formatSalary } from '../views/format';
import { ListingCardModel } from '../views/components/listing-card';
import { AlertPreviewPage } from '../views/pages/alert-preview-page';
import { describeCriteria } from './describe-criteria';

/** /me/alerts/:id/preview: what the next digest would hold (AlertPreviewService, as GET /v1/me/alerts/:id/preview). */
@WebController('me/alerts')
@Roles(Role.Seeker)
export class AlertPreviewPages {
  constructor(
    private readonly alerts: AlertsService,
    private readonly previews: AlertPreviewService,
    private readonly shell: PageShell,
    private readonly clock: Clock,
  ) {}

  @GetPage(':id/preview')
  async preview(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('id', new PageIdPipe('Alert')) id: string,
  ): Promise<PageResult> {
    const viewer = signedIn(request);
    const [shell, alert, preview] = await Promise.all([
      this.shell.of(request, reply),
      this.alerts.get(viewer.id, id),
      this.previews.preview(viewer.id, id),
    ]);
    const now = this.clock.now();
    const model = {
      id,
      name: alert.name,
      frequency: alert.servedAs,
      paused: alert.paused,
      criteria: describeCriteria(alert.criteria),
      items: preview.items.map((item) => toPreviewCard(item, now)),
      more: preview.more,
    };
    return page(render(<AlertPreviewPage shell={shell} model={model} />));
  }
}

/** A preview item as a listing card: the digest's fields (no level, no skills). */
function toPreviewCard(item: AlertPreview['items'][number], now: Date): ListingCardModel {
  return {
    slug: item.slug,
    title: item.title,
    company: item.company.name,
    where: whereOf({ location: null, regions: item.regions }),
    remote: item.remote,
    type: EMPLOYMENT_TYPE_NAMES[item.employmentType as EmploymentType] ?? item.employmentType,
    seniority: '',
    salary: formatSalary(item.salaryMin, item.salaryMax, item.salaryCurrency, item.salaryPeriod as SalaryPeriod | null),
    tags: [],
    postedIso: item.firstPublishedAt,
    posted: formatAge(item.firstPublishedAt, now),
    featured: false,
  };
}
