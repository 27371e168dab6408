import { Param, Query, Req, Res } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { CareerGuidesReaderService, GuideListItem } from '@app/career-guides';
import { Clock, DomainError, ErrorCode, FieldError, Page } from '@app/common';
import { ListGuidesQueryDto } from '../../career-guides/dto/list-guides-query.dto';
import { PlanComparisons } from '../billing/plan-comparisons.service';
import { toGuideCard } from '../home/to-guide-card';
import { h, render } from '../html/jsx';
import { PageShell } from '../http/page-shell.service';
import { page, PageResult, redirect } from '../http/page-result';
import { validateForm } from '../http/validate-form';
import { GetPage, WebController } from '../http/web-controller.decorator';
import { CareersPage } from '../views/pages/careers-page';
import { GuidePage } from '../views/pages/guide-page';
import { careersHref, careersSearchValues, guideCategoryOptions } from './careers-search';
import { GuideContentCache } from './guide-content-cache';
import { toGuidePageModel } from './to-guide-page-model';

const OPEN_JOBS = 5;

/** /careers (published guides, searchable, as GET /v1/guides) and /careers/:slug (one guide, laid out like the seed page). */
@WebController('careers')
export class CareersPages {
  constructor(
    private readonly guides: CareerGuidesReaderService,
    private readonly shell: PageShell,
    private readonly comparisons: PlanComparisons,
    private readonly contents: GuideContentCache,
    private readonly clock: Clock,
  ) {}

  @GetPage()
  async list(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query() raw: Record<string, unknown>,
  ): Promise<PageResult> {
    const values = careersSearchValues(raw);
    // A GET form sends its empty fields too: they mean "not given".
    const parsed = await validateForm(ListGuidesQueryDto, Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== '')));
    let errors: FieldError[] = parsed.errors ?? [];
    let found: Page<GuideListItem> | null = null;
    if (parsed.value) {
      try {
        found = await this.guides.list(parsed.value);
      } catch (error) {
        if (!(error instanceof DomainError && error.code === ErrorCode.BadInput)) throw error;
        errors = error.errors ?? [];
      }
    }
    // A GET form sends its empty fields too: a good search lands on its clean, shareable address.
    if (found && Object.values(raw).some((value) => value === '')) return redirect(careersHref(values, parsed.value?.cursor));
    const shell = await this.shell.of(request, reply);
    const model = {
      values,
      errors,
      categories: guideCategoryOptions(values.category),
      guides: found ? found.items.map(toGuideCard) : null,
      nextHref: found?.nextCursor ? careersHref(values, found.nextCursor) : null,
      firstHref: parsed.value?.cursor ? careersHref(values) : null,
    };
    return page(render(<CareersPage shell={shell} model={model} />), errors.length > 0 ? 400 : 200);
  }

  @GetPage(':slug')
  async guide(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('slug') slug: string,
  ): Promise<PageResult> {
    const [shell, guide] = await Promise.all([this.shell.of(request, reply), this.guides.getBySlug(slug, request.viewer ?? undefined)]);
    const [jobs, plans] = await Promise.all([
      this.guides.openJobsOf(guide, request.viewer ?? undefined, { limit: OPEN_JOBS }),
      this.comparisons.of(shell),
    ]);
    const model = toGuidePageModel(guide, {
      content: this.contents.of(guide),
      openJobs: jobs.items,
      plans,
      ad: shell.ads ? { kind: 'plus', price: shell.plusPrice } : null,
      now: this.clock.now(),
    });
    return page(render(<GuidePage shell={shell} model={model} />));
  }
}
