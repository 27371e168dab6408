import { CareerGuideContent } from '../career-guide.types';
import { GuideParseError } from './parse-result.types';

/** A heading-like line of 3–150 characters that starts with a letter or digit (not `{`, `<`, `[`…). */
const TITLE = /^[\p{L}\p{N}][^{}<>[\]]{2,149}$/u;

/** What a parsed guide lacks to be saved as a draft; empty when it is complete enough. */
export function validateCareerGuide(guide: CareerGuideContent): GuideParseError[] {
  const errors: GuideParseError[] = [];
  const missing = (field: string, message: string): void => void errors.push({ field, message });
  const { stats } = guide;

  if (!TITLE.test(guide.title) || /[.!?]$/.test(guide.title)) {
    missing('title', 'the first line must be the guide title, e.g. "Backend Developer Career Path Guide"');
  }
  if (guide.summary === '') missing('summary', 'expected a paragraph describing the role right after the title');
  if (stats.medianSalary === null) {
    missing('stats.medianSalary', 'expected an amount such as "$100,000" followed by a "median salary" line');
  } else if (stats.salaryCurrency === '') {
    missing('stats.salaryCurrency', 'expected "Annual Salary (US, USD)" or an amount with a currency symbol');
  }
  if (stats.salaryRange && stats.salaryRange.min > stats.salaryRange.max) {
    missing('stats.salaryRange', 'the lower bound of the salary range is above its upper bound');
  }
  if (guide.responsibilities.length === 0) {
    missing('responsibilities', 'expected a "Key Responsibilities" heading followed by bullet points');
  }
  return errors;
}
