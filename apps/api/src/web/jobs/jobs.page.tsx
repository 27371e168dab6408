import { Param, Query, Req, Res } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { Role } from '@app/accounts';
import { Clock, DomainError, ErrorCode, FieldError } from '@app/common';
import {
  ApplicationsService,
  BookmarksService,
  categoryName,
  EMPLOYMENT_TYPE_NAMES,
  JobSearchService,
  ListingDetail,
  SENIORITY_NAMES,
} from '@app/jobs';
import { toSearchCriteria } from '../../jobs/dto/to-search-criteria.util';
import { sanitizedHtml } from '../html/html';
import { h, render } from '../html/jsx';
import { allowFormRedirectTo } from '../http/form-redirect-target';
import { PageShell } from '../http/page-shell.service';
import { page, PageResult, redirect } from '../http/page-result';
import { GetPage, WebController } from '../http/web-controller.decorator';
import { formatAge, formatDate, formatSalary } from '../views/format';
import { JobResults, JobResultsModel, JobsPage } from '../views/pages/jobs-page';
import { ListingPage, ListingPageModel } from '../views/pages/listing-page';
import { ShellModel } from '../views/shell-model';
import { feedHref, hasEmptyFields, hasFilters, jobFilterOptions, parseSearch, searchHref, searchValuesOf } from './job-search-form';
import { ListingActions, SeekerListingState } from './listing-actions';
import { ListingCardCache } from './listing-card-cache';
import { safeHttpUrl } from './safe-http-url';
import { toSeekerListingState } from './to-seeker-listing-state';
import { whereOf } from './to-listing-card';

/** The search page asks live-search for just its results region. */
const LIVE_SEARCH_HEADER = 'x-live-search';

/** /jobs (the search, same parser and service as GET /v1/jobs) and /jobs/:slug (one listing). */
@WebController('jobs')
export class JobsPages {
  constructor(
    private readonly search: JobSearchService,
    private readonly shell: PageShell,
    private readonly cards: ListingCardCache,
    private readonly clock: Clock,
    private readonly applications: ApplicationsService,
    private readonly bookmarks: BookmarksService,
  ) {}

  @GetPage()
  async list(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query() raw: Record<string, unknown>,
  ): Promise<PageResult> {
    const shell = await this.shell.of(request, reply);
    const values = searchValuesOf(raw);
    const parsed = parseSearch(raw);
    let errors: FieldError[] = parsed.errors;
    let results: JobResultsModel | null = null;
    if (parsed.query) {
      try {
        const { limit, cursor } = parsed.query;
        const found = await this.search.listItems(toSearchCriteria(parsed.query), limit, cursor);
        const now = this.clock.now();
        const filtered = hasFilters(values);
        results = {
          cards: this.cards.render(found.items, now),
          nextHref: found.nextCursor ? searchHref(values, found.nextCursor) : null,
          firstHref: cursor ? searchHref(values) : null,
          summary: found.items.length === 0 ? 'No jobs found' : filtered ? `Jobs matching your search` : 'Newest jobs',
          rssHref: feedHref(values),
        };
      } catch (error) {
        if (!(error instanceof DomainError && error.code === ErrorCode.BadInput)) throw error;
        errors = error.errors ?? [];
      }
    }
    const status = errors.length > 0 ? 400 : 200;
    // A GET form sends its empty fields too: a good search lands on its clean, shareable address.
    const canonical = searchHref(values, parsed.query?.cursor);
    if (status === 200 && hasEmptyFields(raw)) return redirect(canonical);
    if (request.headers[LIVE_SEARCH_HEADER] === '1') return page(render(<JobResults results={results} />), status);
    const heading = values.q ? `Jobs for “${values.q}”` : 'Find a job';
    return page(
      render(
        <JobsPage
          shell={shell}
          model={{
            values,
            errors,
            options: jobFilterOptions(values),
            results,
            ad: shell.ads ? { kind: 'plus', price: shell.plusPrice } : null,
            heading,
          }}
        />,
      ),
      status,
    );
  }

  @GetPage(':slug')
  async listing(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('slug') slug: string,
  ): Promise<PageResult> {
    const shell = await this.shell.of(request, reply, { form: true });
    const listing = await this.search.get(slug, request.viewer?.role === Role.Admin);
    const seeker = await this.seekerState(request, listing.id);
    const applyUrl = safeHttpUrl(listing.applyUrl);
    if (seeker && applyUrl) allowFormRedirectTo(reply, applyUrl);
    return page(render(<ListingPage shell={shell} model={this.listingModel(listing, shell, seeker)} />));
  }

  /** What the signed-in seeker has done with this listing (visitors and admins: nothing to show). */
  private async seekerState(request: FastifyRequest, listingId: string): Promise<SeekerListingState | null> {
    const viewer = request.viewer;
    if (viewer?.role !== Role.Seeker) return null;
    const [application, saved] = await Promise.all([
      this.applications.ownForListing(viewer.id, listingId),
      this.bookmarks.isSaved(viewer.id, listingId),
    ]);
    return toSeekerListingState(application, saved);
  }

  private listingModel(listing: ListingDetail, shell: ShellModel, seeker: SeekerListingState | null): ListingPageModel {
    const now = this.clock.now();
    const closedNotice =
      listing.status === 'published'
        ? null
        : listing.status === 'draft'
          ? 'This listing is a draft: only admins can see it.'
          : listing.status === 'expired'
            ? 'This job has expired and no longer takes applications.'
            : 'This job is closed and no longer takes applications.';
    return {
      id: listing.id,
      slug: listing.slug,
      title: listing.title,
      company: listing.company.name,
      companyWebsite: safeHttpUrl(listing.company.website),
      where: whereOf(listing),
      remote: listing.remote,
      type: EMPLOYMENT_TYPE_NAMES[listing.employmentType] ?? listing.employmentType,
      seniority: SENIORITY_NAMES[listing.seniority] ?? listing.seniority,
      category: categoryName(listing.category),
      salary: formatSalary(listing.salaryMin, listing.salaryMax, listing.salaryCurrency, listing.salaryPeriod),
      tags: listing.tags,
      descriptionHtml: sanitizedHtml(listing.descriptionHtml),
      description: listing.description,
      posted: listing.publishedAt ? formatAge(listing.publishedAt, now) : null,
      postedIso: listing.publishedAt,
      expires: listing.status === 'published' && listing.expiresAt ? formatDate(listing.expiresAt) : null,
      closedNotice,
      jsonLd: listing.jsonLd,
      ad: shell.ads ? { kind: 'plus', price: shell.plusPrice } : null,
      actions: (
        <ListingActions
          listing={{
            id: listing.id,
            slug: listing.slug,
            open: closedNotice === null,
            external: listing.applyUrl !== null,
            applyUrl: safeHttpUrl(listing.applyUrl),
            seeker,
          }}
          shell={shell}
        />
      ),
    };
  }
}
