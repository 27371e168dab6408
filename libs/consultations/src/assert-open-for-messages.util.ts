import { DomainError, ErrorCode } from '@app/common';
import { CONSULTATION_LIMITS } from './consultation-rules';
import { LockedThread } from './consultations.repository';

/** A closed thread takes no more messages (409), nor does a full one (422: a new question starts a new thread). */
export function assertOpenForMessages(thread: LockedThread): void {
  if (thread.status === 'closed') throw DomainError.conflict('This conversation is closed');
  if (thread.messageCount >= CONSULTATION_LIMITS.messagesPerThread) {
    throw new DomainError(
      ErrorCode.BusinessRule,
      `This conversation has reached ${CONSULTATION_LIMITS.messagesPerThread} messages; start a new one to go on`,
    );
  }
}
