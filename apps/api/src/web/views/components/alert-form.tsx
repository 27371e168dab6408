import { FieldError } from '@app/common';
import { Fragment, h } from '../../html/jsx';
import { CheckboxField, CsrfField, SelectField, TextField } from './form-fields';
import { JobFilterOptions } from './job-filters';

/** The alert form as typed: a refused form comes back exactly as sent. */
export interface AlertFormValues {
  name: string;
  frequency: string;
  q: string;
  category: string;
  type: string;
  seniority: string;
  region: string;
  remote: boolean;
  salaryMin: string;
  currency: string;
  tags: string;
}

export interface AlertFormModel {
  action: string;
  submitLabel: string;
  values: AlertFormValues;
  errors: FieldError[];
  options: JobFilterOptions;
  /** Whether the plan sends daily alerts; if not, the form says why, with the way to Plus. */
  dailyAllowed: boolean;
}

const FREQUENCIES = [
  { value: 'weekly', label: 'Weekly' },
  { value: 'daily', label: 'Daily' },
];

const errorOf = (errors: FieldError[], field: string) => errors.find((error) => error.field === field)?.message;

/** Name, frequency and the search's criteria (SPEC §9), posted with the names of the API's body. */
export function AlertForm(props: { model: AlertFormModel; csrfToken: string | null }) {
  const { action, submitLabel, values, errors, options, dailyAllowed } = props.model;
  const error = (field: string) => errorOf(errors, field);
  return (
    <form method="post" action={action} novalidate>
      <CsrfField token={props.csrfToken} />
      <TextField name="name" label="Name" value={values.name} error={error('name')} hint="For example “Remote Go jobs”" maxlength={100} />
      <SelectField
        name="frequency"
        label="Frequency"
        value={values.frequency}
        error={error('frequency')}
        options={FREQUENCIES}
        hint={
          dailyAllowed ? (
            'Mailed in the morning of your time zone: every day, or on Mondays.'
          ) : (
            <>
              Daily alerts come with Plus; on Free they are weekly, on Mondays. <a href="/pricing">See Plus</a>
            </>
          )
        }
      />
      <fieldset>
        <legend>What to look for</legend>
        <TextField
          name="criteria.q"
          label="Keywords"
          type="search"
          value={values.q}
          error={error('criteria.q')}
          hint='Words, "exact phrases", -exclusions'
          maxlength={200}
        />
        <SelectField
          name="criteria.category"
          label="Category"
          value={values.category}
          error={error('criteria.category')}
          options={options.categories}
        />
        <SelectField name="criteria.type" label="Job type" value={values.type} error={error('criteria.type')} options={options.types} />
        <SelectField
          name="criteria.seniority"
          label="Level"
          value={values.seniority}
          error={error('criteria.seniority')}
          options={options.seniorities}
        />
        <TextField
          name="criteria.region"
          label="Region"
          value={values.region}
          error={error('criteria.region')}
          hint="For example USA or Europe; jobs open anywhere always match"
          maxlength={60}
        />
        <CheckboxField name="criteria.remote" label="Remote only" checked={values.remote} error={error('criteria.remote')} />
        <TextField
          name="criteria.salaryMin"
          label="Minimum salary per year"
          inputmode="numeric"
          value={values.salaryMin}
          error={error('criteria.salaryMin')}
          maxlength={9}
        />
        <SelectField
          name="criteria.currency"
          label="Currency"
          value={values.currency}
          error={error('criteria.currency')}
          options={options.currencies}
        />
        <TextField
          name="criteria.tags"
          label="Skills"
          value={values.tags}
          error={error('criteria.tags')}
          hint="For example go or figma; separate several with commas"
          maxlength={440}
        />
      </fieldset>
      <button type="submit">{submitLabel}</button>
    </form>
  );
}
