import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { MailTransport } from '@app/mail';
import { retryWhileDatabaseUnavailable } from '@app/database';
import { SharedCounters } from '@app/observability';
import { AlertDigestsRepository, DigestForMail } from '../dispatch/alert-digests.repository';
import { AlertRunsRepository } from '../runs/alert-runs.repository';
import { signUnsubscribeToken, unsubscribeKey } from '../unsubscribe/unsubscribe-token.util';
import { AlertLinks } from './alert-links.util';
import { DigestMailSection, renderDigestMail } from './render-digest-mail.util';

/**
 * Mails one digest (the job id is the digest id) and marks it sent. A digest already sent is
 * skipped; listings closed since the digest was built are left out, and if none is left nothing is
 * sent. The one window left: SMTP accepted the mail and the process died before marking it sent.
 */
@Injectable()
export class AlertDigestMailer {
  private readonly logger = new Logger(AlertDigestMailer.name);
  private readonly links: AlertLinks;
  private readonly key: Buffer;

  constructor(
    private readonly digests: AlertDigestsRepository,
    private readonly runs: AlertRunsRepository,
    private readonly transport: MailTransport,
    private readonly counters: SharedCounters,
    config: AppConfig,
  ) {
    this.links = new AlertLinks(config.http.appUrl);
    this.key = unsubscribeKey(config.auth.jwtSecret);
  }

  async send(digestId: string, finalAttempt: boolean): Promise<void> {
    const digest = await this.digests.findForMail(digestId);
    if (!digest || digest.status !== 'pending') return;
    const sections = this.openSections(digest);
    if (sections.length === 0) {
      await this.digests.markDropped(digest.id);
      await this.runs.completeIfDone(digest.runId);
      return;
    }
    const mail = renderDigestMail({ frequency: digest.frequency, sections, manageUrl: this.links.manage() });
    const everyAlert = signUnsubscribeToken(
      digest.sections.map((section) => section.alertId),
      this.key,
    );
    const headers = {
      'List-Unsubscribe': `<${this.links.unsubscribe(everyAlert)}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'Auto-Submitted': 'auto-generated',
    };
    try {
      await this.transport.send({ to: digest.email, ...mail, headers }, digest.id);
    } catch (error) {
      const message = String((error as Error).message);
      if (finalAttempt && (await this.digests.markFailed(digest.id, message))) {
        await this.counters.increment('alert_digests_total', { frequency: digest.frequency, outcome: 'failed' });
        await this.runs.completeIfDone(digest.runId);
      } else {
        await this.digests.recordError(digest.id, message);
      }
      throw error;
    }
    // Accepted by the SMTP server: recording it outlasts a short Postgres outage rather than mailing it again.
    if (await retryWhileDatabaseUnavailable(() => this.digests.markSent(digest.id))) {
      await this.counters.increment('alert_digests_total', { frequency: digest.frequency, outcome: 'sent' });
    }
    this.logger.log({ msg: 'alert digest sent', digestId, runId: digest.runId });
    // After the commit above, so the last two mails of a run cannot both miss each other.
    await this.runs.completeIfDone(digest.runId);
  }

  private openSections(digest: DigestForMail): DigestMailSection[] {
    const open = digest.openListings;
    return digest.sections
      .map((section) => ({
        alertName: section.alertName,
        listings: section.listingIds
          .filter((id) => open.has(id))
          .map((id) => ({ ...open.get(id)!, url: this.links.listing(open.get(id)!.slug) })),
        more: section.more,
        moreUrl: this.links.search(section.criteria),
        unsubscribeUrl: this.links.unsubscribe(signUnsubscribeToken([section.alertId], this.key)),
      }))
      .filter((section) => section.listings.length > 0);
  }
}
