import { ApplicationView, OPEN_APPLICATION_STATUSES } from '@app/jobs';
import { safeHttpUrl } from '../jobs/safe-http-url';
import { whereOf } from '../jobs/to-listing-card';
import { formatDate } from '../views/format';
import { ApplicationItemModel } from '../views/pages/applications-page';
import { APPLICATION_STATUS_NAMES } from './application-status-names';

const LISTING_NOTES: Record<string, string> = { closed: 'Job closed', expired: 'Job expired' };

function history(application: ApplicationView): ApplicationItemModel['history'] {
  const steps = [{ label: 'Applied', date: formatDate(application.createdAt), iso: application.createdAt }];
  if (application.statusChangedAt !== application.createdAt) {
    const label = application.status === 'submitted' ? 'Applied again' : APPLICATION_STATUS_NAMES[application.status];
    steps.push({ label, date: formatDate(application.statusChangedAt), iso: application.statusChangedAt });
  }
  return steps;
}

export function toApplicationItem(application: ApplicationView): ApplicationItemModel {
  const { listing } = application;
  return {
    id: application.id,
    listing: {
      slug: listing.slug,
      title: listing.title,
      company: listing.company.name,
      where: whereOf(listing),
      statusNote: LISTING_NOTES[listing.status] ?? null,
    },
    status: APPLICATION_STATUS_NAMES[application.status],
    history: history(application),
    coverLetter: application.coverLetter,
    resumeUrl: safeHttpUrl(application.resumeUrl),
    canWithdraw: OPEN_APPLICATION_STATUSES.includes(application.status),
  };
}
