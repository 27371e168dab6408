import { Faq } from '../career-guide.types';
import { linesToMarkdown } from './lines-to-markdown.util';
import { splitParagraphs } from './split-paragraphs.util';

const isQuestion = (paragraph: readonly string[]): boolean => paragraph.length === 1 && paragraph[0].endsWith('?');

/** Questions (one-line paragraphs ending in `?`) each followed by the paragraphs of their answer. */
export function parseFaqs(lines: readonly string[]): Faq[] {
  const faqs: Faq[] = [];
  let question: string | null = null;
  let answer: string[][] = [];
  const close = (): void => {
    if (question !== null && answer.length > 0) {
      faqs.push({ question, answer: linesToMarkdown(answer.flatMap((p) => [...p, ''])) });
    }
    answer = [];
  };

  for (const paragraph of splitParagraphs(lines)) {
    if (isQuestion(paragraph)) {
      close();
      question = paragraph[0];
    } else if (question !== null) {
      answer.push(paragraph);
    }
  }
  close();
  return faqs;
}
