import { CaseStudy } from '../career-guide.types';
import { labelLine } from './label-line.util';
import { linesToMarkdown } from './lines-to-markdown.util';
import { splitParagraphs } from './split-paragraphs.util';

const takeaway = (paragraph: readonly string[]): string | null => {
  const label = paragraph.length === 1 ? labelLine(paragraph[0]) : null;
  return label && /^key takeaways?$/i.test(label.label) ? label.value : null;
};

/**
 * Case studies: a title paragraph, body paragraphs, and a closing `Key Takeaway: …` line. A study cut
 * short before its takeaway keeps an empty takeaway; a title with no body is dropped.
 */
export function parseCaseStudies(lines: readonly string[]): CaseStudy[] {
  const studies: CaseStudy[] = [];
  let current: { title: string; body: string[][] } | null = null;
  const close = (lesson: string): void => {
    if (current && current.body.length > 0) {
      studies.push({ title: current.title, body: linesToMarkdown(current.body.flatMap((p) => [...p, ''])), takeaway: lesson });
    }
    current = null;
  };

  for (const paragraph of splitParagraphs(lines)) {
    const lesson = takeaway(paragraph);
    if (lesson !== null) close(lesson);
    else if (current) current.body.push(paragraph);
    else current = { title: paragraph.join(' '), body: [] };
  }
  close('');
  return studies;
}
