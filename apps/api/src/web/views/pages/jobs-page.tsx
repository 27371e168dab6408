import { FieldError } from '@app/common';
import { Html } from '../../html/html';
import { h } from '../../html/jsx';
import { AdModel, AdSlot } from '../components/ad-slot';
import { ErrorSummary } from '../components/form-fields';
import { JobFilterOptions, JobFilters, JobSearchValues } from '../components/job-filters';
import { Pagination } from '../components/pagination';
import { Layout } from '../layout';
import { ShellModel } from '../shell-model';

export interface JobResultsModel {
  /** The listing cards, rendered (ListingCardCache keeps them). */
  cards: Html[];
  nextHref: string | null;
  firstHref: string | null;
  summary: string;
  rssHref: string;
}

export interface JobsPageModel {
  values: JobSearchValues;
  errors: FieldError[];
  options: JobFilterOptions;
  results: JobResultsModel | null;
  ad: AdModel | null;
  heading: string;
}

/** The results region on its own: the page's main column, and what live search swaps in. */
export function JobResults(props: { results: JobResultsModel | null }) {
  const { results } = props;
  return (
    <section id="results" aria-labelledby="results-heading" aria-live="polite">
      <div class="results-header">
        <h2 id="results-heading">{results ? results.summary : 'No search yet'}</h2>
        {results ? (
          <a class="small" href={results.rssHref}>
            RSS feed of this search
          </a>
        ) : null}
      </div>
      {results && results.cards.length > 0 ? (
        <ul class="listing-list" aria-label="Job listings">
          {results.cards}
        </ul>
      ) : null}
      {results && results.cards.length === 0 ? (
        <div class="empty-state">
          <p>
            <strong>No open jobs match this search.</strong>
          </p>
          <p class="muted">Try fewer words or filters, or set an alert and we will mail you when one appears.</p>
          <a href="/me/alerts">Set a job alert</a>
        </div>
      ) : null}
      {results ? <Pagination nextHref={results.nextHref} firstHref={results.firstHref} /> : null}
    </section>
  );
}

export function JobsPage(props: { shell: ShellModel; model: JobsPageModel }) {
  const { model } = props;
  return (
    <Layout
      shell={props.shell}
      head={{
        title: model.heading,
        description: 'Search open job listings by keyword, category, type, level, region, pay and skill.',
        canonicalPath: '/jobs',
      }}
    >
      <header class="page-header">
        <h1>{model.heading}</h1>
      </header>
      <ErrorSummary errors={model.errors} title="Check your search" />
      <div class="search-layout">
        <div class="panel filters">
          <JobFilters values={model.values} errors={model.errors} options={model.options} />
        </div>
        <div>
          <AdSlot ad={model.ad} />
          <JobResults results={model.results} />
        </div>
      </div>
    </Layout>
  );
}
