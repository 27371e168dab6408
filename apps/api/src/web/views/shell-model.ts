import type { Flash } from '../http/flash';

/** Who is looking, as the layout needs it. */
export interface ShellViewer {
  name: string;
  isAdmin: boolean;
  isPlus: boolean;
}

/** What every page's layout is given: the same for all pages of one request. */
export interface ShellModel {
  viewer: ShellViewer | null;
  /** The CSRF token of this browser: for the logout button and every form of the page. */
  csrfToken: string | null;
  flash: Flash | null;
  /** Whether this viewer's plan shows ads (visitors and Free: yes; Plus: never). */
  ads: boolean;
  /** The Plus price in words ("$8 a month"), from the plan source. */
  plusPrice: string;
  appUrl: string;
  /** The path and query of this request, for `?next=` and the current navigation item. */
  currentPath: string;
  assets: { css: string; js: string; icon: string; icon192: string; manifest: string };
}

/** The head of one page. */
export interface HeadModel {
  title: string;
  description: string;
  /** The canonical path (no host); defaults to the current path. */
  canonicalPath?: string;
  ogType?: 'website' | 'article';
  jsonLd?: unknown[];
  noindex?: boolean;
}
