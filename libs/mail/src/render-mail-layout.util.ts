import { RenderedMail } from './mail-message';

export interface MailLayout {
  subject: string;
  heading: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  footer?: string;
}

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The house layout: every mail is multipart, with a plain-text part that reads well on its own. */
export function renderMailLayout(layout: MailLayout): RenderedMail {
  const text = [
    layout.heading,
    '',
    ...layout.paragraphs.flatMap((paragraph) => [paragraph, '']),
    ...(layout.action ? [`${layout.action.label}: ${layout.action.url}`, ''] : []),
    ...(layout.footer ? ['--', layout.footer] : []),
  ].join('\n');
  const html = [
    '<!doctype html><html><body style="font-family:Arial,Helvetica,sans-serif;color:#1f2933;max-width:600px;margin:0 auto">',
    `<h1 style="font-size:20px">${escapeHtml(layout.heading)}</h1>`,
    ...layout.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    layout.action
      ? `<p><a href="${escapeHtml(layout.action.url)}" style="background:#2563eb;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none">${escapeHtml(layout.action.label)}</a></p>`
      : '',
    layout.footer ? `<hr><p style="font-size:12px;color:#6b7280">${escapeHtml(layout.footer)}</p>` : '',
    '</body></html>',
  ].join('');
  return { subject: layout.subject, text, html };
}
