import { Body, Param, Req, Res } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { Role } from '@app/accounts';
import { DomainError, ErrorCode, FieldError } from '@app/common';
import { APPLICATION_LIMITS, ApplicationsService, JobSearchService, ListingDetail } from '@app/jobs';
import { ApplicationResumesService, ResumesService } from '@app/resumes';
import { ApplyDto } from '../../applications/dto/apply.dto';
import { Roles } from '../../http/roles.decorator';
import { h, render } from '../html/jsx';
import { PageShell } from '../http/page-shell.service';
import { page, PageResult, redirect } from '../http/page-result';
import { signedIn } from '../http/signed-in';
import { formFields, labelledErrors, validateForm } from '../http/validate-form';
import { GetPage, PostForm, WebController } from '../http/web-controller.decorator';
import { ApplyPage, ApplyPageModel } from '../views/pages/apply-page';
import { safeHttpUrl } from './safe-http-url';
import { whereOf } from './to-listing-card';

const LABELS = { coverLetter: 'Cover letter', resumeUrl: 'Link to your resume', attachResume: 'Attach my resume' };

/**
 * Applying from a listing page, with the same ApplicationsService.apply as POST /v1/jobs/:id/applications:
 * our own form (cover letter), or for an external listing the application recorded and the browser sent on.
 */
@WebController('jobs')
@Roles(Role.Seeker)
export class ApplyPages {
  constructor(
    private readonly search: JobSearchService,
    private readonly applications: ApplicationsService,
    private readonly withResume: ApplicationResumesService,
    private readonly resumes: ResumesService,
    private readonly shell: PageShell,
  ) {}

  @GetPage(':slug/apply')
  async form(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('slug') slug: string,
  ): Promise<PageResult> {
    const viewer = signedIn(request);
    const listing = await this.search.get(slug, false);
    if (listing.applyUrl !== null) return redirect(`/jobs/${listing.slug}`);
    const application = await this.applications.ownForListing(viewer.id, listing.id);
    const applied = application !== null && application.status !== 'withdrawn';
    const closed = listing.status !== 'published';
    return this.render(request, reply, listing, {
      state: applied ? 'applied' : closed ? 'closed' : 'form',
      notice: applied
        ? 'You have already applied to this job.'
        : closed
          ? `This job is ${listing.status} and no longer takes applications.`
          : null,
    });
  }

  @PostForm(':slug/apply')
  async apply(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('slug') slug: string,
    @Body() body: unknown,
  ): Promise<PageResult> {
    const viewer = signedIn(request);
    const listing = await this.search.get(slug, false);
    if (listing.applyUrl !== null) return this.applyExternally(request, reply, viewer.id, listing);
    const fields = formFields(body);
    const attachResume = fields.attachResume === 'true';
    const values = { coverLetter: fields.coverLetter ?? '', resumeUrl: fields.resumeUrl ?? '', attachResume };
    const given = Object.fromEntries(Object.entries(values).filter(([, value]) => typeof value === 'string' && value.trim() !== ''));
    const checked = await validateForm(ApplyDto, given);
    if (checked.errors) return this.render(request, reply, listing, { values, errors: labelledErrors(checked.errors, LABELS) }, 422);
    try {
      await this.withResume.apply(viewer.id, listing.id, checked.value, attachResume);
    } catch (error) {
      if (error instanceof DomainError && error.code === ErrorCode.BusinessRule) {
        return this.render(request, reply, listing, { values, errors: labelledErrors(error.errors ?? [], LABELS) }, 422);
      }
      return this.refused(request, reply, viewer.id, listing, error);
    }
    return redirect(`/jobs/${listing.slug}`, 'application-sent');
  }

  /** Recorded here, continued there; a second click (already applied) just continues there. */
  private async applyExternally(request: FastifyRequest, reply: FastifyReply, userId: string, listing: ListingDetail): Promise<PageResult> {
    const existing = await this.applications.ownForListing(userId, listing.id);
    if (!existing || existing.status === 'withdrawn') {
      try {
        await this.applications.apply(userId, listing.id, {});
      } catch (error) {
        return this.refused(request, reply, userId, listing, error);
      }
    }
    const target = safeHttpUrl(listing.applyUrl);
    return target ? redirect(target) : redirect(`/jobs/${listing.slug}`, 'application-sent');
  }

  /** A 409 of the service (applied already, closed meanwhile) in words, on the form's page. */
  private async refused(
    request: FastifyRequest,
    reply: FastifyReply,
    userId: string,
    listing: ListingDetail,
    error: unknown,
  ): Promise<PageResult> {
    if (!(error instanceof DomainError && error.code === ErrorCode.Conflict)) throw error;
    const application = await this.applications.ownForListing(userId, listing.id);
    const applied = application !== null && application.status !== 'withdrawn';
    return this.render(request, reply, listing, { state: applied ? 'applied' : 'closed', notice: `${error.detail}.` }, 409);
  }

  private async render(
    request: FastifyRequest,
    reply: FastifyReply,
    listing: ListingDetail,
    parts: { state?: ApplyPageModel['state']; notice?: string | null; values?: ApplyPageModel['values']; errors?: FieldError[] },
    status = 200,
  ): Promise<PageResult> {
    const [shell, resume] = await Promise.all([this.shell.of(request, reply), this.resumes.findForUser(signedIn(request).id)]);
    const model: ApplyPageModel = {
      slug: listing.slug,
      title: listing.title,
      company: listing.company.name,
      where: whereOf(listing),
      state: parts.state ?? 'form',
      notice: parts.notice ?? null,
      values: parts.values ?? { coverLetter: '', resumeUrl: '', attachResume: resume !== null },
      resume: resume ? { headline: resume.headline, hasPdf: resume.file !== null } : null,
      errors: parts.errors ?? [],
      coverLetterMaxLength: APPLICATION_LIMITS.coverLetterMaxLength,
    };
    return page(render(<ApplyPage shell={shell} model={model} />), status);
  }
}
