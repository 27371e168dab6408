import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { AlertLinks } from '../mail/alert-links.util';
import { formatSalary } from '../mail/format-listing.util';
import { AlertListingsRepository, PreviewListing } from '../matching/alert-listings.repository';
import { MAX_LISTINGS_PER_ALERT } from './alert-criteria';
import { AlertsService } from './alerts.service';

export interface AlertPreview {
  items: Array<
    Omit<PreviewListing, 'companyName' | 'firstPublishedAt'> & {
      company: { name: string };
      salary: string;
      firstPublishedAt: string;
      url: string;
    }
  >;
  /** Further matches the digest would count as "N more". */
  more: number;
}

/** What the next digest would hold for one alert (open, new since its cursor, never delivered, matching). */
@Injectable()
export class AlertPreviewService {
  private readonly links: AlertLinks;

  constructor(
    private readonly alerts: AlertsService,
    private readonly listings: AlertListingsRepository,
    private readonly config: AppConfig,
  ) {
    this.links = new AlertLinks(config.http.appUrl);
  }

  async preview(userId: string, alertId: string): Promise<AlertPreview> {
    const alert = await this.alerts.find(userId, alertId);
    const next = await this.listings.nextForAlert(userId, alert, this.config.jobs.usdRates, MAX_LISTINGS_PER_ALERT);
    return {
      items: next.listings.map(({ companyName, firstPublishedAt, ...listing }) => ({
        ...listing,
        company: { name: companyName },
        salary: formatSalary({ ...listing, companyName }),
        firstPublishedAt: firstPublishedAt.toISOString(),
        url: this.links.listing(listing.slug),
      })),
      more: Math.max(0, next.total - next.listings.length),
    };
  }
}
