import { FieldError } from '@app/common';
import { Fragment, h } from '../../html/jsx';
import { CsrfField, formBinding, SelectField, TextField } from './form-fields';
import { JobCriteriaFields, JobFilterOptions } from './job-filters';

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

/** Name, frequency and the search's criteria (SPEC §9), posted with the names of the API's body. */
export function AlertForm(props: { model: AlertFormModel; csrfToken: string | null }) {
  const { action, submitLabel, values, errors, options, dailyAllowed } = props.model;
  const form = formBinding(values, errors);
  const criteria = formBinding(values, errors, 'criteria.');
  return (
    <form method="post" action={action} novalidate>
      <CsrfField token={props.csrfToken} />
      <TextField {...form.field('name')} label="Name" hint="For example “Remote Go jobs”" maxlength={100} />
      <SelectField
        {...form.field('frequency')}
        label="Frequency"
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
        <TextField {...criteria.field('q')} label="Keywords" type="search" hint='Words, "exact phrases", -exclusions' maxlength={200} />
        <JobCriteriaFields values={values} errors={errors} options={options} prefix="criteria." />
        <TextField
          {...criteria.field('tags')}
          label="Skills"
          hint="For example go or figma; separate several with commas"
          maxlength={440}
        />
      </fieldset>
      <button type="submit">{submitLabel}</button>
    </form>
  );
}
