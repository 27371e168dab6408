import { ConsultationStatus, MessageAuthor } from './consultation-rules';
import { MessageRow, ThreadRow, ThreadWithLatestRow } from './consultation-rows';

/** How a consultant's message is signed once that admin's account is erased. */
export const FORMER_CONSULTANT = 'Former consultant';

export interface ConsultationMessageView {
  id: string;
  author: MessageAuthor;
  /** The seeker's name, or the name of the consultant (an admin) who wrote it. */
  authorName: string;
  body: string;
  createdAt: string;
}

interface ConsultationFields {
  id: string;
  topic: string;
  status: ConsultationStatus;
  messageCount: number;
  /** While open: since when the seeker has been waiting for the consultant. */
  waitingSince: string | null;
  lastMessageAt: string;
  closedAt: string | null;
  createdAt: string;
}

export interface ConsultationSummaryView extends ConsultationFields {
  latestMessage: ConsultationMessageView;
}

export interface ConsultationView extends ConsultationFields {
  /** Every message, in the order written. */
  messages: ConsultationMessageView[];
}

export interface ConsultationSeeker {
  id: string;
  name: string;
  email: string;
}

export interface AdminConsultationSummaryView extends ConsultationSummaryView {
  seeker: ConsultationSeeker;
}

export interface AdminConsultationView extends ConsultationView {
  seeker: ConsultationSeeker;
}

function fieldsOf(row: ThreadRow): ConsultationFields {
  return {
    id: row.id,
    topic: row.topic,
    status: row.status,
    messageCount: row.message_count,
    waitingSince: row.waiting_since?.toISOString() ?? null,
    lastMessageAt: row.last_message_at.toISOString(),
    closedAt: row.closed_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
  };
}

function toMessageView(
  message: { id: string; author: MessageAuthor; body: string; created_at: Date; consultant_name: string | null },
  seekerName: string,
): ConsultationMessageView {
  return {
    id: message.id,
    author: message.author,
    authorName: message.author === 'seeker' ? seekerName : (message.consultant_name ?? FORMER_CONSULTANT),
    body: message.body,
    createdAt: message.created_at.toISOString(),
  };
}

const seekerOf = (row: ThreadRow): ConsultationSeeker => ({ id: row.user_id, name: row.seeker_name, email: row.seeker_email });

export function toConsultationSummaryView(row: ThreadWithLatestRow): ConsultationSummaryView {
  const latest = {
    id: row.m_id,
    author: row.m_author,
    body: row.m_body,
    created_at: row.m_created_at,
    consultant_name: row.m_consultant_name,
  };
  return { ...fieldsOf(row), latestMessage: toMessageView(latest, row.seeker_name) };
}

export function toAdminConsultationSummaryView(row: ThreadWithLatestRow): AdminConsultationSummaryView {
  return { ...toConsultationSummaryView(row), seeker: seekerOf(row) };
}

export function toConsultationView(row: ThreadRow, messages: MessageRow[]): ConsultationView {
  return { ...fieldsOf(row), messages: messages.map((message) => toMessageView(message, row.seeker_name)) };
}

export function toAdminConsultationView(row: ThreadRow, messages: MessageRow[]): AdminConsultationView {
  return { ...toConsultationView(row, messages), seeker: seekerOf(row) };
}
