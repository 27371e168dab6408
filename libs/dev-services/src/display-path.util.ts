import { isAbsolute, relative, sep } from 'node:path';

/** A path as it is printed: relative to the current folder when inside it (var/postgres/), else absolute. */
export function displayPath(path: string, folder = false): string {
  const fromHere = relative(process.cwd(), path);
  const shown = fromHere && !fromHere.startsWith('..') && !isAbsolute(fromHere) ? fromHere : path;
  return folder && !shown.endsWith(sep) ? `${shown}${sep}` : shown;
}
