import { Fragment, h } from '../../html/jsx';
import { ActionButton } from '../components/form-fields';
import { Pagination } from '../components/pagination';
import { Layout } from '../layout';
import { ShellModel } from '../shell-model';

export interface ApplicationItemModel {
  id: string;
  listing: { slug: string; title: string; company: string; where: string; statusNote: string | null };
  status: string;
  /** What happened, oldest first: applied, then the latest status change. */
  history: Array<{ label: string; date: string; iso: string }>;
  coverLetter: string | null;
  resumeUrl: string | null;
  canWithdraw: boolean;
}

export interface ApplicationsPageModel {
  applications: ApplicationItemModel[];
  nextHref: string | null;
  firstHref: string | null;
}

function ApplicationItem(props: { application: ApplicationItemModel; csrfToken: string | null }) {
  const { application } = props;
  const { listing } = application;
  return (
    <li class="item">
      <article aria-label={`${listing.title} at ${listing.company}`}>
        <h2 class="item-title">
          <a href={`/jobs/${listing.slug}`}>{listing.title}</a>
        </h2>
        <p class="listing-company">
          {listing.company} · {listing.where}
          {listing.statusNote ? (
            <>
              {' '}
              <span class="pill pill-status">{listing.statusNote}</span>
            </>
          ) : null}
        </p>
        <p>
          Status: <strong>{application.status}</strong>
        </p>
        <ol class="timeline" aria-label="History">
          {application.history.map((step) => (
            <li>
              {step.label} <time datetime={step.iso}>{step.date}</time>
            </li>
          ))}
        </ol>
        {application.coverLetter || application.resumeUrl ? (
          <details class="disclosure">
            <summary>What you sent</summary>
            {application.coverLetter ? <p class="cover-letter">{application.coverLetter}</p> : <p class="muted">No cover letter.</p>}
            {application.resumeUrl ? (
              <p>
                Resume: <a href={application.resumeUrl}>{application.resumeUrl}</a>
              </p>
            ) : null}
          </details>
        ) : null}
        {application.canWithdraw ? (
          <ActionButton
            action={`/me/applications/${application.id}/withdraw`}
            label="Withdraw application"
            variant="link"
            csrfToken={props.csrfToken}
          />
        ) : null}
      </article>
    </li>
  );
}

/** The seeker's application tracker: every application with its status and history, newest first. */
export function ApplicationsPage(props: { shell: ShellModel; model: ApplicationsPageModel }) {
  const { shell, model } = props;
  return (
    <Layout
      shell={shell}
      head={{ title: 'My applications', description: 'The jobs you applied to and where each application stands.', noindex: true }}
    >
      <header class="page-header">
        <h1>My applications</h1>
        <p class="lede">Where each application stands. We mail you whenever its status changes.</p>
      </header>
      {model.applications.length > 0 ? (
        <ul class="item-list" aria-label="Applications">
          {model.applications.map((application) => (
            <ApplicationItem application={application} csrfToken={shell.csrfToken} />
          ))}
        </ul>
      ) : (
        <div class="empty-state">
          <p>
            <strong>{model.firstHref ? 'No more applications.' : 'You have not applied to any job yet.'}</strong>
          </p>
          <p class="muted">When you apply, the application and its progress show up here.</p>
          <a href="/jobs">Browse jobs</a>
        </div>
      )}
      <Pagination nextHref={model.nextHref} firstHref={model.firstHref} />
    </Layout>
  );
}
