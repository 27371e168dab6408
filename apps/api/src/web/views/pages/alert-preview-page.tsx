import { h } from '../../html/jsx';
import { Layout } from '../layout';
import { ShellModel } from '../shell-model';

export interface PreviewItemModel {
  slug: string;
  title: string;
  company: string;
  where: string;
  remote: boolean;
  type: string;
  salary: string | null;
  postedIso: string;
  posted: string;
}

export interface AlertPreviewPageModel {
  id: string;
  name: string;
  frequency: string;
  paused: boolean;
  criteria: string[];
  items: PreviewItemModel[];
  /** "…and 4 more" the digest would count without listing them. */
  more: number;
}

/** The listings the alert's next digest would hold, as the mail would list them. */
export function AlertPreviewPage(props: { shell: ShellModel; model: AlertPreviewPageModel }) {
  const { model } = props;
  return (
    <Layout
      shell={props.shell}
      head={{ title: `Preview: ${model.name}`, description: 'What the next mail of a job alert would hold.', noindex: true }}
    >
      <p class="small">
        <a href="/me/alerts">← All alerts</a>
      </p>
      <header class="page-header">
        <h1>Preview: {model.name}</h1>
        <ul class="facts" aria-label="Criteria">
          {model.criteria.map((fact) => (
            <li>{fact}</li>
          ))}
        </ul>
      </header>
      {model.paused ? (
        <p class="notice" role="status">
          This alert is paused: nothing is mailed until you resume it.
        </p>
      ) : null}
      <section aria-labelledby="preview-heading">
        <h2 id="preview-heading">
          {model.items.length > 0 ? `Your next ${model.frequency} mail would hold these jobs` : `Nothing new matches yet`}
        </h2>
        {model.items.length > 0 ? (
          <ul class="listing-list" aria-label="Jobs in the next mail">
            {model.items.map((item) => (
              <li class="listing-card">
                <article aria-label={`${item.title} at ${item.company}`}>
                  <h3>
                    <a href={`/jobs/${item.slug}`}>{item.title}</a>
                  </h3>
                  <p class="listing-company">{item.company}</p>
                  <ul class="facts">
                    <li>{item.where}</li>
                    {item.remote ? (
                      <li>
                        <span class="pill pill-remote">Remote</span>
                      </li>
                    ) : null}
                    <li>{item.type}</li>
                    {item.salary ? <li class="salary">{item.salary}</li> : null}
                  </ul>
                  <p class="small muted">
                    Posted <time datetime={item.postedIso}>{item.posted}</time>
                  </p>
                </article>
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">No mail goes out while nothing new matches. Jobs already mailed to you are never sent again.</p>
        )}
        {model.more > 0 ? <p>…and {model.more} more, counted in the mail with a link to all of them.</p> : null}
      </section>
      <p class="button-row">
        <a class="button button-secondary" href={`/me/alerts/${model.id}/edit`}>
          Edit alert
        </a>
      </p>
    </Layout>
  );
}
