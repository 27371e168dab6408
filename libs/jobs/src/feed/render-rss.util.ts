import { ListingItem } from '../listing/listing-view';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  // Characters XML 1.0 forbids are dropped rather than escaped.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

export interface RssChannel {
  title: string;
  link: string;
  selfUrl: string;
  description: string;
  listingUrl: (item: ListingItem) => string;
}

function salaryText(item: ListingItem): string | null {
  if (item.salaryMin === null && item.salaryMax === null) return null;
  const range = [item.salaryMin, item.salaryMax].filter((v) => v !== null).join('–');
  return `${range} ${item.salaryCurrency ?? ''} per ${item.salaryPeriod ?? 'year'}`.replace(/\s+/g, ' ');
}

/** RSS 2.0 document for the given listings (newest first). */
export function renderRss(channel: RssChannel, items: ListingItem[], now: Date): string {
  const entries = items.map((item) => {
    const summary = [item.company.name, item.regions.join(', ') || 'Anywhere', item.remote ? 'remote' : item.location, salaryText(item)]
      .filter(Boolean)
      .join(' · ');
    const categories = [item.category, ...item.tags].map((c) => `      <category>${escapeXml(c)}</category>`).join('\n');
    return [
      '    <item>',
      `      <title>${escapeXml(`${item.title} at ${item.company.name}`)}</title>`,
      `      <link>${escapeXml(channel.listingUrl(item))}</link>`,
      `      <guid isPermaLink="false">${escapeXml(item.id)}</guid>`,
      `      <pubDate>${new Date(item.publishedAt ?? now).toUTCString()}</pubDate>`,
      `      <description>${escapeXml(summary)}</description>`,
      categories,
      '    </item>',
    ]
      .filter(Boolean)
      .join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${escapeXml(channel.title)}</title>`,
    `    <link>${escapeXml(channel.link)}</link>`,
    `    <atom:link href="${escapeXml(channel.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    `    <description>${escapeXml(channel.description)}</description>`,
    `    <lastBuildDate>${now.toUTCString()}</lastBuildDate>`,
    ...entries,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
