import { CareerGuideContent } from '../career-guide.types';

/** What could not be parsed; `field` is a path into `CareerGuideContent` (`title`, `stats.medianSalary`) or `text`. */
export interface GuideParseError {
  field: string;
  message: string;
}

export type ParseResult = { ok: true; guide: CareerGuideContent } | { ok: false; errors: GuideParseError[] };
