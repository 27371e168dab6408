import { Html } from '../../html/html';
import { Child, Fragment, h } from '../../html/jsx';
import { AdModel, AdSlot } from '../components/ad-slot';
import { Layout } from '../layout';
import { ShellModel } from '../shell-model';

export interface ListingPageModel {
  id: string;
  slug: string;
  title: string;
  company: string;
  companyWebsite: string | null;
  where: string;
  remote: boolean;
  type: string;
  seniority: string;
  category: string;
  salary: string | null;
  tags: string[];
  /** The sanitized HTML of the description (§7), the only markup taken from data. */
  descriptionHtml: Html;
  description: string;
  posted: string | null;
  postedIso: string | null;
  expires: string | null;
  /** null while open; otherwise what to tell the visitor ("This job is closed"). */
  closedNotice: string | null;
  jsonLd: unknown | null;
  ad: AdModel | null;
  /** The apply and save controls, rendered by the page that knows the viewer. */
  actions: Child;
}

export function ListingPage(props: { shell: ShellModel; model: ListingPageModel }) {
  const { model } = props;
  return (
    <Layout
      shell={props.shell}
      head={{
        title: `${model.title} at ${model.company}`,
        description: `${model.title} at ${model.company} — ${model.where}${model.salary ? `, ${model.salary}` : ''}. ${model.type}, ${model.seniority}.`,
        canonicalPath: `/jobs/${model.slug}`,
        ogType: 'article',
        jsonLd: model.jsonLd ? [model.jsonLd] : [],
        noindex: model.closedNotice !== null,
      }}
    >
      <p class="small">
        <a href="/jobs">← All jobs</a>
      </p>
      <div class="layout-sidebar">
        <article aria-labelledby="listing-title">
          <header class="panel">
            {model.closedNotice ? (
              <p class="notice" role="status">
                {model.closedNotice}
              </p>
            ) : null}
            <h1 id="listing-title">{model.title}</h1>
            <p class="listing-company">
              {model.companyWebsite ? (
                <a href={model.companyWebsite} rel="nofollow noopener">
                  {model.company}
                </a>
              ) : (
                model.company
              )}
            </p>
            <ul class="facts">
              <li>{model.where}</li>
              {model.remote ? (
                <li>
                  <span class="pill pill-remote">Remote</span>
                </li>
              ) : null}
              <li>{model.type}</li>
              <li>{model.seniority}</li>
              {model.salary ? <li class="salary">{model.salary}</li> : null}
            </ul>
            {model.tags.length > 0 ? (
              <ul class="tags" aria-label="Skills">
                {model.tags.map((tag) => (
                  <li class="tag">
                    <a href={`/jobs?tag=${encodeURIComponent(tag)}`}>{tag}</a>
                  </li>
                ))}
              </ul>
            ) : null}
          </header>
          <section class="panel" aria-labelledby="about-heading">
            <h2 id="about-heading">About the job</h2>
            <div class="description">{model.descriptionHtml}</div>
          </section>
        </article>
        <aside aria-label="Apply and details">
          <div class="panel stack">{model.actions}</div>
          <div class="panel">
            <h2>Details</h2>
            <dl class="details">
              <dt>Category</dt>
              <dd>
                <a href={`/jobs?category=${encodeURIComponent(model.category)}`}>{model.category}</a>
              </dd>
              <dt>Type</dt>
              <dd>{model.type}</dd>
              <dt>Level</dt>
              <dd>{model.seniority}</dd>
              <dt>Where</dt>
              <dd>{model.where}</dd>
              {model.salary ? (
                <>
                  <dt>Pay</dt>
                  <dd>{model.salary}</dd>
                </>
              ) : null}
              {model.posted && model.postedIso ? (
                <>
                  <dt>Posted</dt>
                  <dd>
                    <time datetime={model.postedIso}>{model.posted}</time>
                  </dd>
                </>
              ) : null}
              {model.expires ? (
                <>
                  <dt>Open until</dt>
                  <dd>{model.expires}</dd>
                </>
              ) : null}
            </dl>
          </div>
          <AdSlot ad={model.ad} />
        </aside>
      </div>
    </Layout>
  );
}
