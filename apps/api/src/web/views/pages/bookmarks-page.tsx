import { Fragment, h } from '../../html/jsx';
import { ListingCard, ListingCardModel } from '../components/listing-card';
import { Pagination } from '../components/pagination';
import { SaveToggle, SaveToggleModel } from '../components/save-toggle';
import { Layout } from '../layout';
import { ShellModel } from '../shell-model';

export interface SavedJobModel {
  card: ListingCardModel;
  savedOn: string;
  /** "Closed" or "Expired" once the listing stopped taking applications; null while open. */
  statusNote: string | null;
  toggle: SaveToggleModel;
}

export interface BookmarksPageModel {
  jobs: SavedJobModel[];
  nextHref: string | null;
  firstHref: string | null;
}

/** The seeker's saved jobs, newest first, each with "Remove from saved". */
export function BookmarksPage(props: { shell: ShellModel; model: BookmarksPageModel }) {
  const { shell, model } = props;
  return (
    <Layout shell={shell} head={{ title: 'Saved jobs', description: 'The jobs you saved to come back to.', noindex: true }}>
      <header class="page-header">
        <h1>Saved jobs</h1>
        <p class="lede">Jobs you saved to come back to. Closed ones stay here until you remove them.</p>
      </header>
      {model.jobs.length > 0 ? (
        <ul class="listing-list" aria-label="Saved jobs">
          {model.jobs.map((job) => (
            <ListingCard listing={job.card}>
              <div class="card-footer">
                <p class="small muted">
                  Saved on {job.savedOn}
                  {job.statusNote ? (
                    <>
                      {' '}
                      <span class="pill pill-status">{job.statusNote}</span>
                    </>
                  ) : null}
                </p>
                <SaveToggle model={job.toggle} csrfToken={shell.csrfToken} />
              </div>
            </ListingCard>
          ))}
        </ul>
      ) : (
        <div class="empty-state">
          <p>
            <strong>{model.firstHref ? 'No more saved jobs.' : 'You have not saved any jobs yet.'}</strong>
          </p>
          <p class="muted">Use “Save job” on a listing to keep it here.</p>
          <a href="/jobs">Browse jobs</a>
        </div>
      )}
      <Pagination nextHref={model.nextHref} firstHref={model.firstHref} />
    </Layout>
  );
}
