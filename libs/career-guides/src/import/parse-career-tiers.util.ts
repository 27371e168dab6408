import { CareerTier } from '../career-guide.types';
import { labelLine } from './label-line.util';
import { linesToMarkdown } from './lines-to-markdown.util';

const isExperience = (line: string): boolean => /^experience$/i.test(labelLine(line)?.label ?? '');

/** Index of the last non-blank line in [from, to), or -1. */
function lastContentBefore(lines: readonly string[], from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (lines[i] !== '') return i;
  return -1;
}

/**
 * Career tiers: each is a title line, an `Experience: …` line, then its description, which runs up to
 * the next tier's title (the line just before the next `Experience:`).
 */
export function parseCareerTiers(lines: readonly string[]): CareerTier[] {
  const experienceAt = lines.flatMap((line, i) => (isExperience(line) ? [i] : []));
  const titleAt = experienceAt.map((at, n) => lastContentBefore(lines, n === 0 ? 0 : experienceAt[n - 1] + 1, at));
  const tiers: CareerTier[] = [];
  experienceAt.forEach((at, n) => {
    if (titleAt[n] === -1) return;
    const next = n + 1 < experienceAt.length ? n + 1 : null;
    const end = next === null ? lines.length : titleAt[next] === -1 ? experienceAt[next] : titleAt[next];
    tiers.push({
      title: lines[titleAt[n]],
      experience: labelLine(lines[at])?.value ?? '',
      description: linesToMarkdown(lines.slice(at + 1, end)),
    });
  });
  return tiers;
}
