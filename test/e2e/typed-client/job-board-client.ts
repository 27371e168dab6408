import createClient from 'openapi-fetch';
import type { components, paths } from './api-types';

/**
 * The client a new user writes after `openapi-typescript docs/openapi.json -o api-types.ts` (see the README):
 * openapi-fetch over the generated types. It compiles only while the document types what it reads: a listing's
 * `title` and salary, a Problem's fields. A schema that degrades to `unknown` breaks the build.
 */
export type Listing = components['schemas']['ListingItemDto'];
export type Problem = components['schemas']['Problem'];
export type SearchQuery = NonNullable<paths['/v1/jobs']['get']['parameters']['query']>;

export interface ListingLine {
  title: string;
  salary: string;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; problem: Problem };

/** "EUR 90,000–120,000 / year", "from USD 50 / hour", or "Salary not stated". */
export function salaryOf(listing: Pick<Listing, 'salaryMin' | 'salaryMax' | 'salaryCurrency' | 'salaryPeriod'>): string {
  const { salaryMin, salaryMax, salaryCurrency, salaryPeriod } = listing;
  if (salaryMin === null && salaryMax === null) return 'Salary not stated';
  const amount = (value: number) => value.toLocaleString('en-US');
  const range =
    salaryMin !== null && salaryMax !== null
      ? `${amount(salaryMin)}–${amount(salaryMax)}`
      : salaryMin !== null
        ? `from ${amount(salaryMin)}`
        : `up to ${amount(salaryMax!)}`;
  return `${salaryCurrency ?? ''} ${range}${salaryPeriod ? ` / ${salaryPeriod}` : ''}`.trim();
}

export class JobBoardClient {
  private readonly client;

  constructor(baseUrl: string) {
    this.client = createClient<paths>({ baseUrl });
  }

  async searchJobs(query: SearchQuery): Promise<Outcome<{ lines: ListingLine[]; nextCursor: string | null }>> {
    const { data, error } = await this.client.GET('/v1/jobs', { params: { query } });
    if (error) return { ok: false, problem: error };
    return {
      ok: true,
      value: { lines: data.items.map((item) => ({ title: item.title, salary: salaryOf(item) })), nextCursor: data.nextCursor },
    };
  }

  async readListing(idOrSlug: string): Promise<Outcome<ListingLine & { open: boolean }>> {
    const { data, error } = await this.client.GET('/v1/jobs/{idOrSlug}', { params: { path: { idOrSlug } } });
    if (error) return { ok: false, problem: error };
    return { ok: true, value: { title: data.title, salary: salaryOf(data), open: data.status === 'published' } };
  }
}

/** A refused request as a user would show it: "limit: must be an integer from 1 to 100". */
export function explain(problem: Problem): string {
  return problem.errors?.length ? problem.errors.map((error) => `${error.field}: ${error.message}`).join('; ') : problem.detail;
}

// What the generated types must say, checked by the compiler: a listing's fields are not `unknown`, nor `any`.
type Exactly<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Holds<T extends true> = T;
export type TypesTheClientReliesOn = [
  Holds<Exactly<Listing['title'], string>>,
  Holds<Exactly<Listing['salaryMin'], number | null>>,
  Holds<Exactly<Listing['salaryMax'], number | null>>,
  Holds<Exactly<Listing['salaryCurrency'], string | null>>,
  Holds<Exactly<Listing['salaryPeriod'], 'year' | 'month' | 'hour' | null>>,
  Holds<Exactly<Problem['status'], number>>,
  Holds<Exactly<Problem['detail'], string>>,
  Holds<Exactly<NonNullable<Problem['errors']>[number]['field'], string>>,
];
