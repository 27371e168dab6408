const NOT_PAGES = /^\/(v\d+(\/|$)|docs(\/|$)|health(\/|$)|metrics(\/|$)|admin\/queues(\/|$)|assets\/)/;

/**
 * Paths that belong to the website (HTML for people) rather than the JSON API and the operator endpoints.
 * A target that is no path at all (`*`, an authority, nothing) is not a page.
 */
export function isPagePath(url: string): boolean {
  return url.startsWith('/') && !NOT_PAGES.test(url);
}
