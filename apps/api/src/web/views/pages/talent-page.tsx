import { FieldError } from '@app/common';
import { h } from '../../html/jsx';
import { ErrorSummary, fieldError, TextField } from '../components/form-fields';
import { Pagination } from '../components/pagination';
import { Layout } from '../layout';
import { ShellModel } from '../shell-model';

export interface TalentCardModel {
  href: string;
  name: string;
  headline: string;
  location: string | null;
  skills: string[];
  featured: boolean;
  updatedOn: string;
}

export interface TalentPageModel {
  values: { q: string; skill: string; region: string };
  errors: FieldError[];
  items: TalentCardModel[];
  nextHref: string | null;
  firstHref: string | null;
  filtered: boolean;
}

/** /talent: public resumes, Plus members' pinned first and marked featured; search, skill and location filters. */
export function TalentPage(props: { shell: ShellModel; model: TalentPageModel }) {
  const { shell, model } = props;
  return (
    <Layout shell={shell} head={{ title: 'Talent directory', description: 'People who build software, and what they know.' }}>
      <header class="page-header">
        <h1>Talent directory</h1>
        <p class="lede">
          People who made their resume public. <a href="/me/resume">Add yours</a>.
        </p>
      </header>
      <ErrorSummary errors={model.errors} title="The search could not be run" />
      <form method="get" action="/talent" class="panel" role="search" aria-label="Talent search">
        <TextField
          name="q"
          label="Search talent"
          type="search"
          value={model.values.q}
          error={fieldError(model.errors, 'q')}
          hint="Words from a headline, summary or skills"
        />
        <TextField name="skill" label="Skill" value={model.values.skill} error={fieldError(model.errors, 'skill')} />
        <TextField
          name="region"
          label="Location"
          value={model.values.region}
          error={fieldError(model.errors, 'region')}
          hint="A city or a country"
        />
        <button type="submit">Search</button>
      </form>
      <section aria-labelledby="results-heading">
        <h2 id="results-heading">{model.filtered ? 'Matching people' : 'Everyone'}</h2>
        {model.items.length > 0 ? (
          <ul class="item-list" aria-label="People">
            {model.items.map((item) => (
              <li class="item">
                <article aria-label={item.name}>
                  <div class="item-header">
                    <h3 class="item-title">
                      <a href={item.href}>{item.name}</a>
                    </h3>
                    {item.featured ? <span class="pill pill-featured">Featured</span> : null}
                  </div>
                  <p>{item.headline}</p>
                  <p class="small muted">
                    {item.location ? `${item.location} · ` : ''}updated {item.updatedOn}
                  </p>
                  {item.skills.length > 0 ? (
                    <ul class="tags" aria-label={`Skills of ${item.name}`}>
                      {item.skills.map((skill) => (
                        <li class="tag">{skill}</li>
                      ))}
                    </ul>
                  ) : null}
                </article>
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">{model.firstHref ? 'No more people.' : 'Nobody matches yet.'}</p>
        )}
        <Pagination nextHref={model.nextHref} firstHref={model.firstHref} />
      </section>
    </Layout>
  );
}
