import { Html } from '../../../html/html';
import { h } from '../../../html/jsx';
import { AdminLayout } from '../../components/admin-layout';
import { ActionButton } from '../../components/form-fields';
import { Pagination } from '../../components/pagination';
import { StatusPill } from '../../components/status-pill';
import { ShellModel } from '../../shell-model';

export interface ReviewCard {
  id: string;
  applicant: string;
  email: string;
  applied: string;
  appliedIso: string;
  coverLetter: string | null;
  resumeHref: string | null;
  /** The resume as attached when they applied (a snapshot), and its PDF. */
  attached: {
    headline: string;
    location: string | null;
    skills: string[];
    experience: string[];
    summary: Html;
    takenOn: string;
    pdfHref: string | null;
  } | null;
  moves: Array<{ status: string; label: string; variant: 'primary' | 'danger' }>;
}

export interface ApplicationsPageModel {
  listing: { id: string; title: string; company: string; status: string };
  groups: Array<{ status: string; label: string; cards: ReviewCard[] }>;
  total: number;
  nextHref: string | null;
  firstHref: string | null;
}

function Card(props: { card: ReviewCard; csrfToken: string | null }) {
  const { card } = props;
  return (
    <li>
      <article class="item" aria-label={card.applicant}>
        <h3>{card.applicant}</h3>
        <p class="small muted">
          <a href={`mailto:${card.email}`}>{card.email}</a> · applied <time datetime={card.appliedIso}>{card.applied}</time>
        </p>
        {card.coverLetter ? (
          <details>
            <summary>Cover letter</summary>
            <p class="cover-letter">{card.coverLetter}</p>
          </details>
        ) : (
          <p class="small muted">No cover letter.</p>
        )}
        {card.resumeHref ? (
          <p>
            <a href={card.resumeHref} rel="noopener noreferrer nofollow">
              Resume
            </a>
          </p>
        ) : null}
        {card.attached ? (
          <details>
            <summary>Attached resume: {card.attached.headline}</summary>
            <p class="small muted">
              As it was on {card.attached.takenOn}
              {card.attached.location ? ` · ${card.attached.location}` : ''}
            </p>
            <div class="prose">{card.attached.summary}</div>
            {card.attached.skills.length > 0 ? <p>Skills: {card.attached.skills.join(', ')}</p> : null}
            {card.attached.experience.length > 0 ? (
              <ul>
                {card.attached.experience.map((line) => (
                  <li>{line}</li>
                ))}
              </ul>
            ) : null}
            {card.attached.pdfHref ? (
              <p>
                <a href={card.attached.pdfHref}>Download the PDF they sent</a>
              </p>
            ) : null}
          </details>
        ) : null}
        {card.moves.length > 0 ? (
          <div class="button-row">
            {card.moves.map((move) => (
              <ActionButton
                action={`/admin/applications/${card.id}/status`}
                label={move.label}
                csrfToken={props.csrfToken}
                hidden={{ status: move.status }}
                variant={move.variant === 'danger' ? 'secondary' : 'primary'}
              />
            ))}
          </div>
        ) : null}
      </article>
    </li>
  );
}

/** A listing's applications, grouped by where they are in the pipeline, each with the moves the pipeline allows. */
export function ApplicationsPage(props: { shell: ShellModel; model: ApplicationsPageModel }) {
  const { shell, model } = props;
  return (
    <AdminLayout
      shell={shell}
      title={`Applications: ${model.listing.title}`}
      lede={`${model.listing.company} · ${model.total} on this page`}
    >
      <p class="button-row">
        <a href={`/admin/jobs/${model.listing.id}`}>Back to the listing</a>
        <StatusPill status={model.listing.status} />
      </p>
      {model.total === 0 ? <p class="empty-state">No applications yet.</p> : null}
      {model.groups.map((group) => (
        <section class="pipeline-group" aria-labelledby={`group-${group.status}`}>
          <h2 id={`group-${group.status}`}>
            {group.label} <span class="muted">({group.cards.length})</span>
          </h2>
          {group.cards.length === 0 ? (
            <p class="small muted">None.</p>
          ) : (
            <ul class="item-list">
              {group.cards.map((card) => (
                <Card card={card} csrfToken={shell.csrfToken} />
              ))}
            </ul>
          )}
        </section>
      ))}
      <Pagination nextHref={model.nextHref} firstHref={model.firstHref} />
    </AdminLayout>
  );
}
