import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditActor, AuditTrail } from '@app/audit';
import { Clock, decodeCursor, DomainError, isCreatedAtPosition, Page, toPage } from '@app/common';
import { AppConfig } from '@app/config';
import { MailService } from '@app/mail';
import { ApplicationStatus } from './application-status';
import { applicationPosition, ReviewedApplicationView, toReviewedApplicationView } from './application-view';
import { ApplicationsRepository } from './applications.repository';
import { checkStatusTransition } from './check-status-transition.util';
import { renderApplicationStatusMail } from './render-application-status-mail.util';

/** The admin side: a listing's applications and the review status machine (SPEC §7). */
@Injectable()
export class ApplicationReviewService {
  private readonly logger = new Logger(ApplicationReviewService.name);

  constructor(
    private readonly applications: ApplicationsRepository,
    private readonly mail: MailService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async listForListing(listingId: string, query: { limit: number; cursor?: string }): Promise<Page<ReviewedApplicationView>> {
    const after = query.cursor ? decodeCursor(query.cursor, isCreatedAtPosition) : undefined;
    if (!(await this.applications.listingExists(listingId))) throw DomainError.notFound('Job listing');
    const rows = await this.applications.listForListing(listingId, query.limit, after);
    return toPage(rows, query.limit, toReviewedApplicationView, applicationPosition);
  }

  /**
   * Moves an application one step along the status machine. The change, its audit entry, the listing closing on
   * `hired` and the seeker's mail are one transaction; the mail job is queued once it committed.
   */
  async changeStatus(actor: AuditActor, id: string, status: ApplicationStatus): Promise<ReviewedApplicationView> {
    const { mailId } = await this.dataSource.transaction(async (manager) => {
      const application = await this.applications.lockById(id, manager);
      if (!application) throw DomainError.notFound('Application');
      if (!checkStatusTransition(application.status, status, 'admin')) return { mailId: null };
      const now = this.clock.now();
      await this.applications.setStatus(id, status, now, manager);
      await this.audit.record(manager, {
        actor,
        action: 'application.status',
        entity: 'application',
        entityId: id,
        changes: { status: { from: application.status, to: status }, listingId: { to: application.listingId } },
      });
      if (status === 'hired') await this.applications.closeListing(application.listingId, now, manager);
      const listing = (await this.applications.findListingWithCompany(application.listingId, manager))!;
      const applicant = (await this.applications.findWithApplicant(id, manager))!;
      const rendered = renderApplicationStatusMail({
        applicantName: applicant.applicant_name,
        listingTitle: listing.title,
        companyName: listing.company!.name,
        status,
        applicationsUrl: `${this.config.http.appUrl}/me/applications`,
      });
      return { mailId: await this.mail.store({ to: applicant.applicant_email, ...rendered }, manager) };
    });
    if (mailId) await this.dispatch(mailId);
    return toReviewedApplicationView((await this.applications.findWithApplicant(id))!);
  }

  /** The status change has committed; a queue outage must not turn it into an error. The stored mail keeps its id. */
  private async dispatch(mailId: string): Promise<void> {
    try {
      await this.mail.dispatch(mailId);
    } catch (error) {
      this.logger.error({ msg: 'application status mail stored but not queued', mailId, error: (error as Error).message });
    }
  }
}
