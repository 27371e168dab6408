import { assembleCareerGuide } from './assemble-career-guide.util';
import { ParseResult } from './parse-result.types';
import { repairMojibake } from './repair-mojibake.util';
import { splitGuideLines } from './split-guide-lines.util';
import { splitGuideSections } from './split-guide-sections.util';
import { UnrepairableMojibakeError } from './unrepairable-mojibake.error';
import { validateCareerGuide } from './validate-career-guide.util';

/** Far above any real guide (the reference page is ~30 000 characters); bounds the work on junk input. */
const MAX_GUIDE_TEXT_LENGTH = 500_000;

const failure = (field: string, message: string): ParseResult => ({ ok: false, errors: [{ field, message }] });

/**
 * Parses a career guide pasted as text, in the layout of `fixtures/career-guides/backend-developer.txt`,
 * into structured content. Pure, and never throws: text that is not a guide, is too long or holds
 * mojibake that cannot be repaired yields `ok: false` with the fields that could not be parsed.
 */
export function parseCareerGuide(text: string): ParseResult {
  if (typeof text !== 'string') return failure('text', 'expected the guide as text');
  if (text.length > MAX_GUIDE_TEXT_LENGTH) {
    return failure('text', `the text is longer than ${MAX_GUIDE_TEXT_LENGTH} characters`);
  }
  let clean: string;
  try {
    clean = repairMojibake(text).text;
  } catch (error) {
    if (error instanceof UnrepairableMojibakeError) return failure('text', error.message);
    throw error;
  }
  const guide = assembleCareerGuide(splitGuideSections(splitGuideLines(clean)));
  const errors = validateCareerGuide(guide);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, guide };
}
