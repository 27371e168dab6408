import { Observed } from './send-request';

export const SLOW_MS = 2_000;

/** Text that only an internal error puts in a response: stack frames, source paths, ORM and Postgres errors, SQL. */
const LEAK_SIGNATURES: ReadonlyArray<[string, RegExp]> = [
  ['stack frame', /\bat (?:async )?(?:[\w$.<>[\]]+ )?\(?(?:\/|node:|file:)[^\s)]*:\d+/],
  ['source file position', /\.(?:ts|js|mjs|cjs):\d+:\d+/],
  ['source path', /node_modules|\/work\/|\/home\/|\/usr\/src\/|dist(?:-test)?\/(?:apps|libs)\//],
  ['ORM error', /\b(?:QueryFailedError|EntityNotFoundError|EntityPropertyNotFoundError|TypeORMError|CannotCreateEntityIdMapError)\b/],
  ['SQL text', /\b(?:SELECT|INSERT INTO|UPDATE|DELETE FROM)\b[\s\S]{0,300}?\b(?:FROM|VALUES|SET|WHERE)\b/],
  [
    'Postgres message',
    /syntax error at or near|invalid input syntax for|invalid byte sequence for encoding|violates (?:unique|foreign key|check|not-null) constraint|relation "[^"]*" does not exist|column "[^"]*" does not exist|unsupported Unicode escape sequence/,
  ],
  ['JavaScript error', /\b(?:TypeError|ReferenceError|RangeError|SyntaxError|EvalError): /],
];

/** Leak signatures in `text`; a match that the request itself contains is an echo, not a leak. */
export function findLeaks(text: string, sent = ''): string[] {
  const leaks: string[] = [];
  for (const [name, pattern] of LEAK_SIGNATURES) {
    const match = pattern.exec(text);
    if (match && !sent.includes(match[0])) leaks.push(`leaks ${name}: ${JSON.stringify(match[0].slice(0, 120))}`);
  }
  return leaks;
}

function problemViolations(observed: Observed): string[] {
  if (!/^application\/problem\+json\b/i.test(observed.contentType)) {
    return [`error ${observed.status} is ${observed.contentType || 'without a content type'}, not application/problem+json`];
  }
  if (observed.body === '') return [];
  let body: any;
  try {
    body = JSON.parse(observed.body);
  } catch {
    return [`error ${observed.status} has a problem+json body that is not JSON`];
  }
  const wrong = ['type', 'title', 'detail'].filter((key) => typeof body?.[key] !== 'string');
  if (body?.status !== observed.status) wrong.push('status');
  return wrong.length > 0 ? [`error ${observed.status} problem body lacks or misstates ${wrong.join(', ')}`] : [];
}

/**
 * What is wrong with a response. Every answer: complete, within 2 s, never 5xx, no leak. API errors:
 * problem+json `{type,title,status,detail}`; API successes that say JSON: JSON. Pages: HTML whatever the
 * status (the HTML error page for errors), redirects aside.
 */
export function judge(kind: 'api' | 'page', observed: Observed, sent = ''): string[] {
  if (observed.error !== undefined) return [`no complete response (${observed.error})`];
  const found: string[] = [];
  if (observed.ms > SLOW_MS) found.push(`slow: ${observed.ms} ms`);
  if (observed.status >= 500) found.push(`server error ${observed.status}`);
  if (kind === 'api' && observed.status >= 400) found.push(...problemViolations(observed));
  if (kind === 'api' && observed.status < 300 && /[/+]json\b/i.test(observed.contentType) && observed.body !== '') {
    try {
      JSON.parse(observed.body);
    } catch {
      found.push(`success ${observed.status} says ${observed.contentType} but is not JSON`);
    }
  }
  if (kind === 'page' && (observed.status < 300 || observed.status >= 400) && !/^text\/html\b/i.test(observed.contentType)) {
    found.push(`page answered ${observed.status} as ${observed.contentType || 'no content type'}, not text/html`);
  }
  found.push(...findLeaks(observed.body, sent));
  return found;
}
