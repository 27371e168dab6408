import { SearchCriteria } from '@app/jobs';

/** One query class of the benchmark: the HTTP requests autocannon sends and the criteria they mean. */
export interface SearchClass {
  name: string;
  /** Request paths (rotated through), relative to the API base URL. */
  paths: string[];
  /** For list classes: the criteria and cursor position the API turns the path into. */
  criteria?: SearchCriteria;
  after?: { f: boolean; p: string; i: string };
  /** For the by-slug class: the slugs requested. */
  slugs?: string[];
}

export interface ClassInputs {
  deepCursor: string;
  deepPosition: { f: boolean; p: string; i: string };
  slugs: string[];
}

const list = (name: string, criteria: SearchCriteria, query: string): SearchClass => ({ name, paths: [`/v1/jobs?${query}`], criteria });

/** The fixed, realistic mix of the issue: keyword frequencies, combined filters, phrase, deep page, one listing. */
export function searchClasses(inputs: ClassInputs): SearchClass[] {
  return [
    list('keyword > 20% ("engineer")', { q: 'engineer' }, 'q=engineer'),
    list('keyword 1–20% ("kubernetes")', { q: 'kubernetes' }, 'q=kubernetes'),
    list('keyword < 1% ("ocaml")', { q: 'ocaml' }, 'q=ocaml'),
    list('keyword, no match ("zyxwvut")', { q: 'zyxwvut' }, 'q=zyxwvut'),
    list('keyword + region + remote', { q: 'engineer', region: 'Europe', remote: true }, 'q=engineer&region=Europe&remote=true'),
    list(
      'filters only, with salary',
      { category: 'engineering', seniority: 'senior', salaryMin: 120000 },
      'category=engineering&seniority=senior&salaryMin=120000',
    ),
    list('phrase ("machine learning")', { q: '"machine learning"' }, `q=${encodeURIComponent('"machine learning"')}`),
    {
      name: 'deep page via cursor (~10 000 in)',
      paths: [`/v1/jobs?cursor=${encodeURIComponent(inputs.deepCursor)}`],
      criteria: {},
      after: inputs.deepPosition,
    },
    { name: 'one listing by slug', paths: inputs.slugs.map((slug) => `/v1/jobs/${slug}`), slugs: inputs.slugs },
  ];
}
