import { GuideHeadingKind, RawGuide, RawGuideSection } from './guide-heading.types';
import { headingText } from './heading-text.util';
import { listItem } from './list-item.util';
import { matchGuideHeading } from './match-guide-heading.util';

/** The title line as written, without Markdown heading marks (`# `) or bold (`**…**`). */
const titleText = (line: string): string =>
  line
    .replace(/^#{1,6}\s+/, '')
    .replace(/^(\*\*|__)(.*)\1$/, '$2')
    .trim();

/**
 * Cuts the page's lines at the recognised headings of the guide layout: the first line is the title,
 * what precedes the first heading is the intro (summary, stats), and everything from the page chrome
 * (`Sources & References`, share buttons) onwards is dropped.
 */
export function splitGuideSections(lines: readonly string[]): RawGuide {
  const guide: RawGuide = { title: null, intro: [], sections: [] };
  let start = lines.findIndex((line) => line !== '');
  if (start === -1) return guide;
  if (matchGuideHeading(lines[start], null) === null && listItem(lines[start]) === null) {
    guide.title = titleText(lines[start]);
    start++;
  }

  let container: GuideHeadingKind | null = null;
  let current: RawGuideSection | null = null;
  for (const line of lines.slice(start)) {
    const heading = matchGuideHeading(line, container);
    if (heading?.kind === 'chrome') break;
    if (heading) {
      if (!heading.nested) container = heading.kind;
      current = { kind: heading.kind, heading: headingText(line), lines: [] };
      guide.sections.push(current);
    } else if (current) {
      current.lines.push(line);
    } else {
      guide.intro.push(line);
    }
  }
  return guide;
}
