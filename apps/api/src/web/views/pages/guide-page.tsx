import { CareerTier, Faq } from '@app/career-guides';
import { Html } from '../../html/html';
import { Fragment, h } from '../../html/jsx';
import { AdModel, AdSlot } from '../components/ad-slot';
import { ListingCardModel, ListingList } from '../components/listing-card';
import { PlanCards, PlanComparisonModel } from '../components/plan-cards';
import { Layout } from '../layout';
import { ShellModel } from '../shell-model';

export interface SalaryModel {
  currency: string;
  range: string | null;
  median: string | null;
  /** Entry, mid and senior pay, each with its bar's width class. */
  levels: Array<{ label: string; amount: string; widthClass: string }>;
  topEarners: string | null;
}

interface BlockBase {
  key: string;
  id: string;
  title: string;
}

/** One block of the guide's body, in page order: a Markdown section or a structured part. */
export type GuideBlock =
  | (BlockBase & { kind: 'section'; html: Html; facts: string[] })
  | (BlockBase & { kind: 'list' | 'tags'; items: string[] })
  | (BlockBase & { kind: 'skills'; education: Html | null; technical: string[]; soft: string[] })
  | (BlockBase & { kind: 'tiers'; tiers: CareerTier[] })
  | (BlockBase & { kind: 'pros-cons'; pros: string[]; cons: string[] })
  | (BlockBase & { kind: 'case-studies'; studies: Array<{ title: string; html: Html; takeaway: string }> });

export interface GuidePageModel {
  slug: string;
  title: string;
  /** "Backend Developer" */
  occupation: string;
  summary: string;
  draftNotice: string | null;
  figures: Array<{ value: string; label: string }>;
  demand: { levels: Array<{ label: string; current: boolean }>; note: string | null } | null;
  salary: SalaryModel | null;
  blocks: GuideBlock[];
  faqs: Faq[];
  openJobs: ListingCardModel[];
  moreJobsHref: string;
  sources: string[];
  jsonLd: unknown[];
  plans: PlanComparisonModel;
  ad: AdModel | null;
}

function Bullets(props: { items: string[]; class?: string }) {
  return (
    <ul class={props.class}>
      {props.items.map((item) => (
        <li>{item}</li>
      ))}
    </ul>
  );
}

function BlockBody(props: { block: GuideBlock }) {
  const { block } = props;
  switch (block.kind) {
    case 'section':
      return (
        <>
          {block.facts.length > 0 ? (
            <ul class="facts">
              {block.facts.map((fact) => (
                <li>{fact}</li>
              ))}
            </ul>
          ) : null}
          <div class="description">{block.html}</div>
        </>
      );
    case 'list':
      return <Bullets items={block.items} />;
    case 'tags':
      return (
        <ul class="tags" aria-label={block.title}>
          {block.items.map((item) => (
            <li class="tag">{item}</li>
          ))}
        </ul>
      );
    case 'skills':
      return (
        <>
          {block.education ? (
            <>
              <h3>Education</h3>
              <div class="description">{block.education}</div>
            </>
          ) : null}
          {block.technical.length > 0 ? (
            <>
              <h3>Technical skills</h3>
              <Bullets items={block.technical} class="columns" />
            </>
          ) : null}
          {block.soft.length > 0 ? (
            <>
              <h3>Soft skills</h3>
              <Bullets items={block.soft} class="columns" />
            </>
          ) : null}
        </>
      );
    case 'tiers':
      return (
        <ol class="tiers">
          {block.tiers.map((tier) => (
            <li class="tier">
              <h3>{tier.title}</h3>
              <p class="small muted">Experience: {tier.experience}</p>
              <p>{tier.description}</p>
            </li>
          ))}
        </ol>
      );
    case 'pros-cons':
      return (
        <div class="grid-2">
          <div>
            <h3>Pros</h3>
            <Bullets items={block.pros} />
          </div>
          <div>
            <h3>Cons</h3>
            <Bullets items={block.cons} />
          </div>
        </div>
      );
    case 'case-studies':
      return (
        <>
          {block.studies.map((study) => (
            <article class="case-study">
              <h3>{study.title}</h3>
              <div class="description">{study.html}</div>
              {study.takeaway ? (
                <p>
                  <strong>Key takeaway:</strong> {study.takeaway}
                </p>
              ) : null}
            </article>
          ))}
        </>
      );
  }
}

function Salary(props: { salary: SalaryModel }) {
  const { salary } = props;
  return (
    <section class="panel stack" id="salary" aria-labelledby="salary-heading">
      <h2 id="salary-heading">Annual salary ({salary.currency})</h2>
      {salary.range || salary.median ? (
        <dl class="details">
          {salary.range ? (
            <>
              <dt>Range</dt>
              <dd>{salary.range}</dd>
            </>
          ) : null}
          {salary.median ? (
            <>
              <dt>Median</dt>
              <dd>{salary.median}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
      {salary.levels.length > 0 ? (
        <ul class="salary-levels" aria-label="Salary by level">
          {salary.levels.map((level) => (
            <li class="salary-level">
              <span>{level.label}</span>
              <span class="salary-bar" aria-hidden="true">
                <span class={level.widthClass} />
              </span>
              <strong>{level.amount}</strong>
            </li>
          ))}
        </ul>
      ) : null}
      {salary.topEarners ? <p class="small">The top 10% of earners in this field make {salary.topEarners} a year or more.</p> : null}
    </section>
  );
}

export function GuidePage(props: { shell: ShellModel; model: GuidePageModel }) {
  const { shell, model } = props;
  const contents = [
    ...model.blocks.map((block) => ({ id: block.id, title: block.title })),
    ...(model.faqs.length > 0 ? [{ id: 'faq', title: 'Frequently asked questions' }] : []),
    { id: 'open-jobs', title: `Open ${model.occupation} jobs` },
  ];
  return (
    <Layout
      shell={shell}
      head={{
        title: model.title,
        description: model.summary.length > 200 ? `${model.summary.slice(0, 197).trimEnd()}…` : model.summary,
        canonicalPath: `/careers/${model.slug}`,
        ogType: 'article',
        jsonLd: model.jsonLd,
        noindex: model.draftNotice !== null,
      }}
    >
      <p class="small">
        <a href="/careers">← All career guides</a>
      </p>
      {model.draftNotice ? (
        <p class="notice" role="status">
          {model.draftNotice}
        </p>
      ) : null}
      <header class="page-header">
        <h1>{model.title}</h1>
        <p class="lede">{model.summary}</p>
      </header>
      <ul class="figures" aria-label="Key figures">
        {model.figures.map((figure) => (
          <li class="figure">
            <span class="figure-value">{figure.value}</span> <span class="figure-label">{figure.label}</span>
          </li>
        ))}
      </ul>
      <div class="layout-sidebar">
        <div>
          {model.demand ? (
            <section class="panel stack" id="market-demand" aria-labelledby="demand-heading">
              <h2 id="demand-heading">Market demand</h2>
              <ul class="demand-meter" aria-label="Market demand, from low to high">
                {model.demand.levels.map((level) => (
                  <li aria-current={level.current ? 'true' : undefined}>{level.label}</li>
                ))}
              </ul>
              {model.demand.note ? <p>{model.demand.note}</p> : null}
            </section>
          ) : null}
          {model.salary ? <Salary salary={model.salary} /> : null}
          {model.blocks.map((block) => (
            <section class="guide-section stack" id={block.id} aria-labelledby={`${block.id}-heading`}>
              <h2 id={`${block.id}-heading`}>{block.title}</h2>
              <BlockBody block={block} />
            </section>
          ))}
          {model.faqs.length > 0 ? (
            <section class="guide-section faq" id="faq" aria-labelledby="faq-heading">
              <h2 id="faq-heading">Frequently asked questions</h2>
              {model.faqs.map((faq) => (
                <details>
                  <summary>{faq.question}</summary>
                  <p>{faq.answer}</p>
                </details>
              ))}
            </section>
          ) : null}
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
          {model.sources.length > 0 ? (
            <section aria-labelledby="sources-heading">
              <h2 id="sources-heading">Sources</h2>
              <ul class="small muted">
                {model.sources.map((source) => (
                  <li>{source}</li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
        <aside aria-label="About this guide">
          <nav class="panel guide-toc" aria-labelledby="toc-heading">
            <h2 id="toc-heading">On this page</h2>
            <ol>
              {contents.map((entry) => (
                <li>
                  <a href={`#${entry.id}`}>{entry.title}</a>
                </li>
              ))}
            </ol>
          </nav>
          <AdSlot ad={model.ad} />
        </aside>
      </div>
    </Layout>
  );
}
