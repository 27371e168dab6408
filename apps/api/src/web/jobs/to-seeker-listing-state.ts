import { OwnApplicationState } from '@app/jobs';
import { APPLICATION_STATUS_NAMES } from '../applications/application-status-names';
import { formatDate } from '../views/format';
import { SeekerListingState } from './listing-actions';

export function toSeekerListingState(application: OwnApplicationState | null, saved: boolean): SeekerListingState {
  const withdrawn = application?.status === 'withdrawn';
  return {
    application:
      application && !withdrawn
        ? { status: APPLICATION_STATUS_NAMES[application.status], appliedOn: formatDate(application.createdAt) }
        : null,
    withdrawnOn: withdrawn ? formatDate(application.statusChangedAt) : null,
    saved,
  };
}
