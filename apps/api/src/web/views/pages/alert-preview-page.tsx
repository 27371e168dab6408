import { h } from '../../html/jsx';
import { ListingCardModel, ListingList } from '../components/listing-card';
import { Layout } from '../layout';
import { ShellModel } from '../shell-model';

export interface AlertPreviewPageModel {
  id: string;
  name: string;
  frequency: string;
  paused: boolean;
  criteria: string[];
  items: ListingCardModel[];
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
          <ListingList listings={model.items} label="Jobs in the next mail" />
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
