import { RenderedMail, renderMailLayout } from '@app/mail';

export interface ConsultantReplyMailInput {
  seekerName: string;
  consultantName: string;
  topic: string;
  reply: string;
  /** The thread's page, where the seeker reads it whole and answers. */
  threadUrl: string;
}

/** The mail a seeker receives when a consultant replies: the reply itself, and the way back to the thread. */
export function renderConsultantReplyMail(input: ConsultantReplyMailInput): RenderedMail {
  const replyParagraphs = input.reply.split(/\n\s*\n/).map((paragraph) => paragraph.trim());
  return renderMailLayout({
    subject: `${input.consultantName} replied: ${input.topic}`,
    heading: 'Your career consultant replied',
    paragraphs: [`Hello ${input.seekerName},`, `${input.consultantName} replied to your question “${input.topic}”:`, ...replyParagraphs],
    action: { label: 'Read and answer', url: input.threadUrl },
    footer: 'You receive this mail because you asked our career consultant a question. Plus subscribers can ask any time.',
  });
}
