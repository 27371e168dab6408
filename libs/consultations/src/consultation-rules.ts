export const CONSULTATION_STATUSES = ['open', 'answered', 'closed'] as const;
/** open: waiting for the consultant; answered: the consultant wrote last; closed: the seeker ended it. */
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];

export const MESSAGE_AUTHORS = ['seeker', 'consultant'] as const;
export type MessageAuthor = (typeof MESSAGE_AUTHORS)[number];

export const CONSULTATION_LIMITS = {
  topicMinLength: 3,
  topicMaxLength: 120,
  messageMaxLength: 5_000,
  /** A thread's length is bounded so that reading it stays one small response; a new question starts a new thread. */
  messagesPerThread: 100,
} as const;

/** Text a person typed: any characters but the control ones (line breaks and tabs aside). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const PLAIN_TEXT = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;

/** One line of text: no control characters at all. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const SINGLE_LINE = /^[^\u0000-\u001F\u007F]*$/;

/** What a typed message is stored as: line breaks as `\n`, no blank lines or spaces around it. */
export function normalizeTypedText(value: unknown): unknown {
  return typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() : value;
}
