import { Body, Param, Query, Req, Res } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '@app/common';
import {
  allowedStatusMoves,
  APPLICATION_STATUSES,
  ApplicationReviewService,
  ApplicationStatus,
  JobListingsService,
  ReviewedApplicationView,
} from '@app/jobs';
import { ApplicationResumesService, AttachedResumeView } from '@app/resumes';
import { ChangeApplicationStatusDto } from '../../applications/dto/change-application-status.dto';
import { PageQueryDto } from '../../http/page-query.dto';
import { sanitizedHtml } from '../html/html';
import { h, render } from '../html/jsx';
import { PageShell } from '../http/page-shell.service';
import { download, page, PageResult, redirect } from '../http/page-result';
import { validateForm } from '../http/validate-form';
import { GetPage, PostForm, WebController } from '../http/web-controller.decorator';
import { safeHttpUrl } from '../jobs/safe-http-url';
import { formatDateTime } from '../views/format';
import { ApplicationsPage, ReviewCard } from '../views/pages/admin/applications-page';
import { adminViewer, listQueryOf } from './admin-request';

const LABELS: Record<ApplicationStatus, string> = {
  submitted: 'Submitted',
  reviewing: 'Reviewing',
  interviewing: 'Interviewing',
  offered: 'Offered',
  hired: 'Hired',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

function toCard(application: ReviewedApplicationView, attached: AttachedResumeView | undefined): ReviewCard {
  return {
    id: application.id,
    applicant: application.applicant.name,
    email: application.applicant.email,
    applied: formatDateTime(application.createdAt),
    appliedIso: application.createdAt,
    coverLetter: application.coverLetter,
    resumeHref: safeHttpUrl(application.resumeUrl),
    attached: attached
      ? {
          headline: attached.snapshot.headline,
          location: attached.snapshot.location,
          skills: attached.snapshot.skills,
          experience: attached.snapshot.experience.map((row) => `${row.title} · ${row.company} (${row.start} – ${row.end ?? 'now'})`),
          summary: sanitizedHtml(attached.snapshot.summaryHtml),
          takenOn: formatDateTime(attached.snapshot.takenAt),
          pdfHref: attached.file ? `/admin/applications/${application.id}/resume.pdf` : null,
        }
      : null,
    moves: allowedStatusMoves(application.status, 'admin').map((status) => ({
      status,
      label: status === 'rejected' ? 'Reject' : `Move to ${LABELS[status]}`,
      variant: status === 'rejected' ? 'danger' : 'primary',
    })),
  };
}

/** /admin/jobs/:id/applications and the moves along the pipeline (the same service as the JSON review routes). */
@WebController('admin')
export class AdminApplicationsPages {
  constructor(
    private readonly review: ApplicationReviewService,
    private readonly listings: JobListingsService,
    private readonly attachedResumes: ApplicationResumesService,
    private readonly shell: PageShell,
  ) {}

  @GetPage('jobs/:id/applications')
  async list(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('id') id: string,
    @Query() raw: Record<string, unknown>,
  ): Promise<PageResult> {
    const listing = await this.listings.get(id);
    const { query, pageLinks } = await listQueryOf(PageQueryDto, raw, []);
    const [shell, found] = await Promise.all([
      this.shell.of(request, reply),
      this.review.listForListing(id, { limit: 100, cursor: query.cursor }),
    ]);
    const attached = await this.attachedResumes.forApplications(found.items.map((application) => application.id));
    const here = `/admin/jobs/${id}/applications`;
    const model = {
      listing: { id, title: listing.title, company: listing.company.name, status: listing.status },
      groups: APPLICATION_STATUSES.map((status) => ({
        status,
        label: LABELS[status],
        cards: found.items
          .filter((application) => application.status === status)
          .map((application) => toCard(application, attached.get(application.id))),
      })),
      total: found.items.length,
      ...pageLinks(here, found.nextCursor),
    };
    return page(render(<ApplicationsPage shell={shell} model={model} />));
  }

  /** The PDF an application was sent with (admins only, as every /admin path). */
  @GetPage('applications/:id/resume.pdf')
  async resumePdf(@Param('id') id: string): Promise<PageResult> {
    if (!isUUID(id)) throw DomainError.notFound('Resume file');
    return download(await this.attachedResumes.fileOfApplication(id), 'application/pdf', 'application-resume.pdf');
  }

  @PostForm('applications/:id/status')
  async move(@Req() request: FastifyRequest, @Param('id') id: string, @Body() body: Record<string, unknown>): Promise<PageResult> {
    if (!isUUID(id)) throw DomainError.notFound('Application');
    const checked = await validateForm(ChangeApplicationStatusDto, { status: body.status });
    if (!checked.ok) throw DomainError.badInput('status', checked.errors[0]!.message);
    const moved = await this.review.changeStatus(adminViewer(request), id, checked.value.status);
    return redirect(`/admin/jobs/${moved.listingId}/applications`, 'application-moved');
  }
}
