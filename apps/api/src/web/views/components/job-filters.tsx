import { FieldError } from '@app/common';
import { Fragment, h } from '../../html/jsx';
import { CheckboxField, formBinding, SelectField, SelectOption, TextField } from './form-fields';

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

/** The filters a job search and a job alert have in common (an alert is a saved search, SPEC §9). */
export type JobCriteriaValues = Pick<JobSearchValues, 'category' | 'type' | 'seniority' | 'region' | 'remote' | 'salaryMin' | 'currency'>;

/** The common filters as fields; `prefix` names them as a form posts them (`criteria.` in the alert form). */
export function JobCriteriaFields(props: { values: JobCriteriaValues; errors: FieldError[]; options: JobFilterOptions; prefix?: string }) {
  const { options } = props;
  const form = formBinding(props.values, props.errors, props.prefix);
  return (
    <>
      <SelectField {...form.field('category')} label="Category" options={options.categories} />
      <SelectField {...form.field('type')} label="Job type" options={options.types} />
      <SelectField {...form.field('seniority')} label="Level" options={options.seniorities} />
      <TextField
        {...form.field('region')}
        label="Region"
        hint="For example USA or Europe; jobs open anywhere always match"
        maxlength={60}
      />
      <CheckboxField {...form.checkbox('remote')} label="Remote only" />
      <TextField {...form.field('salaryMin')} label="Minimum salary per year" type="text" inputmode="numeric" maxlength={9} />
      <SelectField {...form.field('currency')} label="Currency" options={options.currencies} />
    </>
  );
}

/** Every filter of the search, as a GET form: the URL is the search. */
export function JobFilters(props: { values: JobSearchValues; errors: FieldError[]; options: JobFilterOptions }) {
  const { values, errors, options } = props;
  const form = formBinding(values, errors);
  return (
    <form method="get" action="/jobs" role="search" aria-label="Job search" data-live-search="">
      <TextField {...form.field('q')} label="Search jobs" type="search" hint='Words, "exact phrases", -exclusions' maxlength={200} />
      <JobCriteriaFields values={values} errors={errors} options={options} />
      <TextField {...form.field('tag')} label="Skill" hint="For example go or figma; separate several with commas" maxlength={200} />
      <TextField {...form.field('postedSince')} label="Posted since" type="text" hint="A date such as 2026-11-01" maxlength={30} />
      <button type="submit">Search</button>
    </form>
  );
}
