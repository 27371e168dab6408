const NOT_PAGES = /^\/(v\d+(\/|$)|docs(\/|$)|health(\/|$)|metrics(\/|$)|admin\/queues(\/|$)|assets\/)/;

/** Paths that belong to the website (HTML for people) rather than the JSON API and the operator endpoints. */
export function isPagePath(url: string): boolean {
  return !NOT_PAGES.test(url);
}
