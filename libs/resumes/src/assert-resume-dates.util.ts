import { DomainError } from '@app/common';
import { ResumeInput } from './resume-input';

/** An experience cannot end before it starts (months compare as text). */
export function assertResumeDates(input: ResumeInput): void {
  input.experience.forEach((item, index) => {
    if (item.end && item.end < item.start) throw DomainError.badInput(`experience[${index}].end`, 'must not be before start');
  });
}
