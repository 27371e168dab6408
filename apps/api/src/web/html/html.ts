/** Markup that is already safe to put in a page: produced by the view runtime, never by string building. */
export class Html {
  constructor(readonly value: string) {}

  toString(): string {
    return this.value;
  }
}

const UNSAFE = /[&<>"']/;
const UNSAFE_ALL = /[&<>"']/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an element body or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return UNSAFE.test(text) ? text.replace(UNSAFE_ALL, (char) => ENTITIES[char]) : text;
}

/**
 * The one door for HTML that did not come from a view: the sanitized Markdown of a listing or a resume.
 * Every call site is a place a reviewer must be able to trust.
 */
export function sanitizedHtml(html: string): Html {
  return new Html(html);
}
