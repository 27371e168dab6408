import { ConsultationMessageView, ConsultationStatus, ConsultationSummaryView } from '@app/consultations';
import { formatDateTime } from '../views/format';
import { ThreadMessageModel } from '../views/components/consultation-thread';
import { ConsultationCardModel } from '../views/pages/consultations-page';

/** A thread's status as the seeker reads it, and as the consultants' queue names it. */
export const SEEKER_STATUS_NAMES: Record<ConsultationStatus, string> = {
  open: 'Waiting for the consultant',
  answered: 'Answered',
  closed: 'Closed',
};

export const QUEUE_STATUS_NAMES: Record<ConsultationStatus, string> = { open: 'Waiting', answered: 'Answered', closed: 'Closed' };

/** A message as one side of the thread reads it: the seeker sees their own messages as "You". */
export function toThreadMessage(message: ConsultationMessageView, reader: 'seeker' | 'consultant'): ThreadMessageModel {
  return {
    id: message.id,
    author: message.author === 'seeker' && reader === 'seeker' ? 'You' : message.authorName,
    fromConsultant: message.author === 'consultant',
    body: message.body,
    date: formatDateTime(message.createdAt),
    iso: message.createdAt,
  };
}

export function toConsultationCard(thread: ConsultationSummaryView): ConsultationCardModel {
  const latest = thread.latestMessage;
  const who = latest.author === 'seeker' ? 'You wrote' : `${latest.authorName} replied`;
  return {
    id: thread.id,
    topic: thread.topic,
    status: SEEKER_STATUS_NAMES[thread.status],
    latest: `${who} on ${formatDateTime(latest.createdAt)}`,
  };
}
