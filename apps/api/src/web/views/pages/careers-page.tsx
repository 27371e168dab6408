import { FieldError } from '@app/common';
import { h } from '../../html/jsx';
import { ErrorSummary, fieldError, SelectField, SelectOption, TextField } from '../components/form-fields';
import { GuideCard, GuideCardModel } from '../components/guide-card';
import { Pagination } from '../components/pagination';
import { Layout } from '../layout';
import { ShellModel } from '../shell-model';

export interface CareersPageModel {
  values: { q: string; category: string };
  errors: FieldError[];
  categories: SelectOption[];
  /** null when the search was refused. */
  guides: GuideCardModel[] | null;
  nextHref: string | null;
  firstHref: string | null;
}

export function CareersPage(props: { shell: ShellModel; model: CareersPageModel }) {
  const { model } = props;
  const searched = model.values.q !== '' || model.values.category !== '';
  return (
    <Layout
      shell={props.shell}
      head={{
        title: 'Career guides',
        description: 'What a role pays, asks and leads to: career guides with salaries by level, skills, career tiers and open jobs.',
        canonicalPath: '/careers',
      }}
    >
      <header class="page-header">
        <h1>Career guides</h1>
        <p class="lede">What a role pays at each level, the skills it asks for, where it leads, and the jobs open today.</p>
      </header>
      <ErrorSummary errors={model.errors} title="Check your search" />
      <div class="search-layout">
        <div class="panel filters">
          <form method="get" action="/careers" role="search" aria-label="Career guide search">
            <TextField
              name="q"
              label="Search career guides"
              type="search"
              value={model.values.q}
              error={fieldError(model.errors, 'q')}
              hint="A role, a skill or a word from the guide"
              maxlength={200}
            />
            <SelectField
              name="category"
              label="Category"
              value={model.values.category}
              error={fieldError(model.errors, 'category')}
              options={model.categories}
            />
            <button type="submit">Search</button>
          </form>
        </div>
        <section aria-labelledby="guides-heading">
          <h2 id="guides-heading">{searched ? 'Guides matching your search' : 'All career guides'}</h2>
          {model.guides && model.guides.length > 0 ? (
            <ul class="item-list" aria-label="Career guides">
              {model.guides.map((guide) => (
                <GuideCard guide={guide} />
              ))}
            </ul>
          ) : null}
          {model.guides && model.guides.length === 0 ? (
            <div class="empty-state">
              <p>
                <strong>No career guide matches this search.</strong>
              </p>
              <a href="/careers">See every guide</a>
            </div>
          ) : null}
          <Pagination nextHref={model.nextHref} firstHref={model.firstHref} />
        </section>
      </div>
    </Layout>
  );
}
