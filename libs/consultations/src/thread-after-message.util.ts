import { ConsultationStatus, MessageAuthor } from './consultation-rules';

export interface ThreadState {
  status: ConsultationStatus;
  waitingSince: Date | null;
}

/**
 * Where a thread stands after a message: a seeker's message (re)opens it — waiting since that message, or still
 * since the first unanswered one — and a consultant's reply answers it.
 */
export function threadAfterMessage(thread: ThreadState, author: MessageAuthor, at: Date): ThreadState {
  if (author === 'consultant') return { status: 'answered', waitingSince: null };
  return { status: 'open', waitingSince: thread.status === 'open' && thread.waitingSince ? thread.waitingSince : at };
}
