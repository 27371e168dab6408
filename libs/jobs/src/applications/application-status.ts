export const APPLICATION_STATUSES = ['submitted', 'reviewing', 'interviewing', 'offered', 'hired', 'rejected', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Who moves an application: admins review it, the seeker may only withdraw it. */
export type ApplicationActor = 'admin' | 'seeker';

/** States in which a decision is still pending; `hired`, `rejected` and `withdrawn` are final. */
export const OPEN_APPLICATION_STATUSES: readonly ApplicationStatus[] = ['submitted', 'reviewing', 'interviewing', 'offered'];
