import { listItem } from './list-item.util';

/**
 * The items of a bulleted list. When the lines carry no bullet marker at all (some browsers drop them
 * on copy), every non-blank line is taken as an item.
 */
export function collectListItems(lines: readonly string[]): string[] {
  const bullets = lines.map(listItem).filter((item): item is string => item !== null);
  if (bullets.length > 0) return bullets;
  return lines.filter((line) => line !== '');
}
