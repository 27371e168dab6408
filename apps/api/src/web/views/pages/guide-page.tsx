import { h } from '../../html/jsx';
import { AdModel, AdSlot } from '../components/ad-slot';
import { GuideContentHtml } from '../components/guide-content';
import { ListingCardModel, ListingList } from '../components/listing-card';
import { PlanCards, PlanComparisonModel } from '../components/plan-cards';
import { Layout } from '../layout';
import { ShellModel } from '../shell-model';

export interface GuidePageModel {
  slug: string;
  title: string;
  description: string;
  /** "Backend Developer" */
  occupation: string;
  /** Drafts and archived guides are not for search engines. */
  noindex: boolean;
  jsonLd: unknown[];
  /** The guide's own text, rendered once per version (GuideContentCache). */
  content: GuideContentHtml;
  openJobs: ListingCardModel[];
  moreJobsHref: string;
  plans: PlanComparisonModel;
  ad: AdModel | null;
}

/** A guide laid out like the seed page, with what changes per visit around it: its open jobs, the plans, the ad. */
export function GuidePage(props: { shell: ShellModel; model: GuidePageModel }) {
  const { shell, model } = props;
  return (
    <Layout
      shell={shell}
      head={{
        title: model.title,
        description: model.description,
        canonicalPath: `/careers/${model.slug}`,
        ogType: 'article',
        jsonLd: model.jsonLd,
        noindex: model.noindex,
      }}
    >
      <p class="small">
        <a href="/careers">← All career guides</a>
      </p>
      {model.content.intro}
      <div class="layout-sidebar">
        <div>
          {model.content.body}
          <section class="stack" id="open-jobs" aria-labelledby="open-jobs-heading">
            <h2 id="open-jobs-heading">Open {model.occupation} jobs</h2>
            {model.openJobs.length > 0 ? (
              <ListingList listings={model.openJobs} label={`Open ${model.occupation} jobs`} />
            ) : (
              <p class="muted">No open jobs for this role right now.</p>
            )}
            <p>
              <a href={model.moreJobsHref}>See all jobs like these</a>
            </p>
          </section>
          <section class="plus-box stack" id="plans" aria-labelledby="plans-heading">
            <h2 id="plans-heading">Free and Plus</h2>
            <p>
              <strong>{model.plans.members}</strong>
            </p>
            <PlanCards model={model.plans} headingLevel={3} />
          </section>
          {model.content.sources}
        </div>
        <aside aria-label="About this guide">
          {model.content.contents}
          <AdSlot ad={model.ad} />
        </aside>
      </div>
    </Layout>
  );
}
