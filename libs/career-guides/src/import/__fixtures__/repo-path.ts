import { existsSync } from 'fs';
import * as path from 'path';

/** The repository root: the nearest folder above `from` that holds this library's sources. */
function findRepoRoot(from: string): string {
  for (let dir = from; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'libs', 'career-guides', 'src'))) return dir;
  }
  return process.cwd();
}

/**
 * Test helper: a path relative to the repository root. Specs run either from source or compiled into
 * `dist-test*`, so a fixed `__dirname`-relative path would only be right in one of the two.
 */
export function repoPath(relative: string): string {
  return path.resolve(findRepoRoot(__dirname), relative);
}
