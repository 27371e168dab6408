import { FieldError } from '@app/common';
import { h } from '../../html/jsx';
import { CheckboxField, fieldError, SelectField, SelectOption, TextField } from './form-fields';

/** The search as the form shows it: every value as typed, so a refused search comes back as it was. */
export interface JobSearchValues {
  q: string;
  category: string;
  type: string;
  seniority: string;
  region: string;
  remote: boolean;
  salaryMin: string;
  currency: string;
  tag: string;
  postedSince: string;
}

export interface JobFilterOptions {
  categories: SelectOption[];
  types: SelectOption[];
  seniorities: SelectOption[];
  currencies: SelectOption[];
  regions: readonly string[];
}

/** Every filter of the search, as a GET form: the URL is the search. */
export function JobFilters(props: { values: JobSearchValues; errors: FieldError[]; options: JobFilterOptions }) {
  const { values, errors, options } = props;
  return (
    <form method="get" action="/jobs" role="search" aria-label="Job search" data-live-search="">
      <TextField
        name="q"
        label="Search jobs"
        type="search"
        value={values.q}
        error={fieldError(errors, 'q')}
        hint='Words, "exact phrases", -exclusions'
        maxlength={200}
      />
      <SelectField
        name="category"
        label="Category"
        value={values.category}
        error={fieldError(errors, 'category')}
        options={options.categories}
      />
      <SelectField name="type" label="Job type" value={values.type} error={fieldError(errors, 'type')} options={options.types} />
      <SelectField
        name="seniority"
        label="Level"
        value={values.seniority}
        error={fieldError(errors, 'seniority')}
        options={options.seniorities}
      />
      <TextField
        name="region"
        label="Region"
        value={values.region}
        error={fieldError(errors, 'region')}
        hint="For example USA or Europe; jobs open anywhere always match"
        maxlength={60}
      />
      <CheckboxField name="remote" label="Remote only" checked={values.remote} error={fieldError(errors, 'remote')} />
      <TextField
        name="salaryMin"
        label="Minimum salary per year"
        type="text"
        inputmode="numeric"
        value={values.salaryMin}
        error={fieldError(errors, 'salaryMin')}
        maxlength={9}
      />
      <SelectField
        name="currency"
        label="Currency"
        value={values.currency}
        error={fieldError(errors, 'currency')}
        options={options.currencies}
      />
      <TextField
        name="tag"
        label="Skill"
        value={values.tag}
        error={fieldError(errors, 'tag')}
        hint="For example go or figma; separate several with commas"
        maxlength={200}
      />
      <TextField
        name="postedSince"
        label="Posted since"
        type="text"
        value={values.postedSince}
        error={fieldError(errors, 'postedSince')}
        hint="A date such as 2026-11-01"
        maxlength={30}
      />
      <button type="submit">Search</button>
    </form>
  );
}
