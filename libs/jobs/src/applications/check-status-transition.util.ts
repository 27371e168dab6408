import { DomainError, ErrorCode } from '@app/common';
import { ApplicationActor, ApplicationStatus, OPEN_APPLICATION_STATUSES } from './application-status';

const NEXT_REVIEW_STEP: Partial<Record<ApplicationStatus, ApplicationStatus>> = {
  submitted: 'reviewing',
  reviewing: 'interviewing',
  interviewing: 'offered',
  offered: 'hired',
};

/**
 * The application status machine: submitted → reviewing → interviewing → offered → hired, one step
 * at a time, or rejected (admin) / withdrawn (seeker) from any open state. Returns false when the
 * application already has that status (nothing to do), throws a business-rule error when the move is illegal.
 */
export function checkStatusTransition(from: ApplicationStatus, to: ApplicationStatus, actor: ApplicationActor): boolean {
  if (from === to) return false;
  const open = OPEN_APPLICATION_STATUSES.includes(from);
  const legal = open && (actor === 'admin' ? to === 'rejected' || NEXT_REVIEW_STEP[from] === to : to === 'withdrawn');
  if (!legal) {
    const reason = open ? `cannot move from ${from} to ${to}` : `is ${from}, which is final`;
    throw new DomainError(ErrorCode.BusinessRule, `This application ${reason}`, [{ field: 'status', message: reason }]);
  }
  return true;
}
