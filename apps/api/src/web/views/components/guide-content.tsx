import { CareerTier, Faq } from '@app/career-guides';
import { Html } from '../../html/html';
import { Fragment, h, render } from '../../html/jsx';

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

/** What a guide says, whoever reads it: the part of the page that is the same for every visitor. */
export interface GuideContentModel {
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
  sources: string[];
}

/** The guide's own content rendered once, in the pieces the page places: above the columns, the body, the sources, the contents. */
export interface GuideContentHtml {
  intro: Html;
  body: Html;
  sources: Html;
  contents: Html;
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

export function renderGuideContent(model: GuideContentModel): GuideContentHtml {
  const contents = [
    ...model.blocks.map((block) => ({ id: block.id, title: block.title })),
    ...(model.faqs.length > 0 ? [{ id: 'faq', title: 'Frequently asked questions' }] : []),
    { id: 'open-jobs', title: `Open ${model.occupation} jobs` },
  ];
  return {
    intro: render(
      <>
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
      </>,
    ),
    body: render(
      <>
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
      </>,
    ),
    sources: render(
      model.sources.length > 0 ? (
        <section aria-labelledby="sources-heading">
          <h2 id="sources-heading">Sources</h2>
          <ul class="small muted">
            {model.sources.map((source) => (
              <li>{source}</li>
            ))}
          </ul>
        </section>
      ) : null,
    ),
    contents: render(
      <nav class="panel guide-toc" aria-labelledby="toc-heading">
        <h2 id="toc-heading">On this page</h2>
        <ol>
          {contents.map((entry) => (
            <li>
              <a href={`#${entry.id}`}>{entry.title}</a>
            </li>
          ))}
        </ol>
      </nav>,
    ),
  };
}
