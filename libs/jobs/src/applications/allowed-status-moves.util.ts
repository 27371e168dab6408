import { ApplicationActor, APPLICATION_STATUSES, ApplicationStatus } from './application-status';
import { checkStatusTransition } from './check-status-transition.util';

/** The statuses an application may move to next, by the status machine itself (checkStatusTransition). */
export function allowedStatusMoves(from: ApplicationStatus, actor: ApplicationActor): ApplicationStatus[] {
  return APPLICATION_STATUSES.filter((to) => {
    try {
      return checkStatusTransition(from, to, actor);
    } catch {
      return false;
    }
  });
}
