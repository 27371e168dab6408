import { escapeHtml, RenderedMail } from '@app/mail';
import { DigestListing, formatRegions, formatSalary, formatType } from './format-listing.util';

export interface DigestMailSection {
  alertName: string;
  listings: Array<DigestListing & { url: string }>;
  more: number;
  moreUrl: string;
  unsubscribeUrl: string;
}

export interface DigestMail {
  frequency: 'daily' | 'weekly';
  sections: DigestMailSection[];
  manageUrl: string;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The digest as multipart text + HTML: every listing with title, company, regions, salary, type and link. */
export function renderDigestMail(mail: DigestMail): RenderedMail {
  const total = mail.sections.reduce((sum, section) => sum + section.listings.length, 0);
  const first = mail.sections[0]?.alertName ?? '';
  const others = mail.sections.length - 1;
  const subject = `${plural(total, 'new job')} for "${first}"${others > 0 ? ` and ${plural(others, 'other alert')}` : ''}`;
  const heading = `Your ${mail.frequency} job alert${mail.sections.length === 1 ? '' : 's'}`;
  return { subject, text: renderText(mail, heading), html: renderHtml(mail, heading) };
}

function details(listing: DigestListing): string {
  return `${formatRegions(listing)} · ${formatType(listing)} · ${formatSalary(listing)}`;
}

function renderText(mail: DigestMail, heading: string): string {
  const lines = [heading, ''];
  for (const section of mail.sections) {
    lines.push(`${section.alertName} (${plural(section.listings.length + section.more, 'new job')})`, '');
    for (const listing of section.listings) {
      lines.push(`* ${listing.title} at ${listing.companyName}`, `  ${details(listing)}`, `  ${listing.url}`, '');
    }
    if (section.more > 0) lines.push(`...and ${section.more} more: ${section.moreUrl}`, '');
    lines.push(`Stop this alert: ${section.unsubscribeUrl}`, '');
  }
  lines.push('--', `Manage your alerts: ${mail.manageUrl}`);
  return lines.join('\n');
}

function renderHtml(mail: DigestMail, heading: string): string {
  const link = (url: string, label: string, style = '') =>
    `<a href="${escapeHtml(url)}"${style ? ` style="${style}"` : ''}>${escapeHtml(label)}</a>`;
  const sections = mail.sections.map((section) => {
    const items = section.listings.map(
      (listing) =>
        `<li style="margin-bottom:12px">${link(listing.url, listing.title, 'font-weight:bold;color:#2563eb')} at ${escapeHtml(listing.companyName)}` +
        `<br><span style="color:#4b5563;font-size:14px">${escapeHtml(details(listing))}</span></li>`,
    );
    return [
      `<h2 style="font-size:17px">${escapeHtml(section.alertName)}</h2>`,
      `<ul style="padding-left:18px">${items.join('')}</ul>`,
      section.more > 0 ? `<p>${link(section.moreUrl, `…and ${section.more} more`)}</p>` : '',
      `<p style="font-size:12px">${link(section.unsubscribeUrl, 'Stop this alert', 'color:#6b7280')}</p>`,
    ].join('');
  });
  return [
    '<!doctype html><html><body style="font-family:Arial,Helvetica,sans-serif;color:#1f2933;max-width:600px;margin:0 auto">',
    `<h1 style="font-size:20px">${escapeHtml(heading)}</h1>`,
    ...sections,
    `<hr><p style="font-size:12px;color:#6b7280">${link(mail.manageUrl, 'Manage your alerts', 'color:#6b7280')}</p>`,
    '</body></html>',
  ].join('');
}
