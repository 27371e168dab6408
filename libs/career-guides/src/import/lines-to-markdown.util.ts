import { labelLine } from './label-line.util';
import { listItem } from './list-item.util';

/** A short line with no closing punctuation, like `Morning (9:00 AM - 12:00 PM)` or `Foundational Skills`. */
const looksLikeHeading = (line: string): boolean =>
  line.length <= 80 && /^[\p{L}\p{N}]/u.test(line) && !/[.!?,;:]$/.test(line) && line.split(/\s+/).length <= 10;

/**
 * Renders the lines under a heading as Markdown: prose lines become paragraphs (consecutive lines are
 * joined), bullets become `- item`, `Label: value` lines become `**Label:** value`, and a short line
 * standing alone between blank lines, with more content after it, becomes a `### ` sub-heading.
 */
export function linesToMarkdown(lines: readonly string[]): string {
  const blocks: string[] = [];
  let paragraph: string[] = [];
  let list: string[] = [];
  const flush = (): void => {
    if (paragraph.length > 0) blocks.push(paragraph.join(' '));
    if (list.length > 0) blocks.push(list.join('\n'));
    paragraph = [];
    list = [];
  };

  const lastContent = lines.reduce((last, line, i) => (line === '' ? last : i), -1);
  lines.forEach((line, i) => {
    const item = listItem(line);
    const label = item === null ? labelLine(line) : null;
    const standsAlone = (lines[i - 1] ?? '') === '' && (lines[i + 1] ?? '') === '' && i < lastContent;
    if (line === '') {
      if (paragraph.length > 0) flush();
    } else if (item !== null) {
      if (paragraph.length > 0) flush();
      list.push(`- ${item}`);
    } else if (label) {
      flush();
      blocks.push(`**${label.label}:** ${label.value}`);
    } else if (standsAlone && looksLikeHeading(line)) {
      flush();
      blocks.push(`### ${line}`);
    } else {
      if (list.length > 0) flush();
      paragraph.push(line);
    }
  });
  flush();
  return blocks.join('\n\n');
}
