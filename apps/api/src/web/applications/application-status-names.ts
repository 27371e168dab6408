import { ApplicationStatus } from '@app/jobs';

/** An application's status as the seeker reads it. */
export const APPLICATION_STATUS_NAMES: Record<ApplicationStatus, string> = {
  submitted: 'Submitted',
  reviewing: 'In review',
  interviewing: 'Interviewing',
  offered: 'Offer made',
  hired: 'Hired',
  rejected: 'Not selected',
  withdrawn: 'Withdrawn',
};
