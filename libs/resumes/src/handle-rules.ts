import { DomainError, ErrorCode } from '@app/common';

/** 3–30 of a–z, 0–9 and `-` (SPEC §14); typed in any case, unique in any case. */
export const HANDLE_PATTERN = /^[a-zA-Z0-9-]{3,30}$/;

/**
 * Words a handle may not be: our own paths and words people would take for the site's voice. `/r/:handle` cannot
 * collide with a route today, but these would read as ours (`/r/admin`) or confuse (`/r/new`).
 */
export const RESERVED_HANDLES: ReadonlySet<string> = new Set([
  'about',
  'account',
  'admin',
  'administrator',
  'api',
  'app',
  'assets',
  'billing',
  'blog',
  'careers',
  'contact',
  'docs',
  'edit',
  'help',
  'health',
  'home',
  'jobs',
  'login',
  'logout',
  'me',
  'metrics',
  'moderator',
  'new',
  'null',
  'official',
  'pricing',
  'privacy',
  'r',
  'resume',
  'resumes',
  'root',
  'security',
  'settings',
  'signup',
  'staff',
  'static',
  'support',
  'system',
  'talent',
  'terms',
  'undefined',
  'v1',
  'www',
]);

/** Reserved words first (so `me`, shorter than any handle, is refused as reserved), then the form of a handle. */
export function assertHandleAllowed(handle: string): void {
  if (RESERVED_HANDLES.has(handle.toLowerCase())) {
    throw new DomainError(ErrorCode.BusinessRule, `“${handle}” is reserved; choose another handle`, [
      { field: 'handle', message: 'is a reserved word' },
    ]);
  }
  if (!HANDLE_PATTERN.test(handle)) throw DomainError.badInput('handle', 'must be 3–30 letters, digits or hyphens');
}
