import { ConsultationStatus, MessageAuthor } from './consultation-rules';

export interface ThreadRow {
  id: string;
  user_id: string;
  topic: string;
  status: ConsultationStatus;
  message_count: number;
  waiting_since: Date | null;
  last_message_at: Date;
  closed_at: Date | null;
  created_at: Date;
  seeker_name: string;
  seeker_email: string;
}

/** A thread with its latest message (the `m_` columns), as the lists read it. */
export interface ThreadWithLatestRow extends ThreadRow {
  m_id: string;
  m_author: MessageAuthor;
  m_body: string;
  m_created_at: Date;
  m_consultant_name: string | null;
}

export interface MessageRow {
  id: string;
  consultation_id: string;
  author: MessageAuthor;
  body: string;
  created_at: Date;
  consultant_name: string | null;
}

/** The part of a thread that a new message or a close changes, read under the thread's row lock. */
export interface LockedThreadRow {
  id: string;
  status: ConsultationStatus;
  message_count: number;
  waiting_since: Date | null;
}
