import { existsSync } from 'node:fs';
import * as path from 'node:path';

/**
 * A path relative to the repository root. Tests run compiled from dist-test*, so the root is found by
 * walking up from here to the first folder with a package.json and the sources.
 */
export function repoPath(relative: string): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'libs'))) return path.resolve(dir, relative);
  }
  return path.resolve(process.cwd(), relative);
}
