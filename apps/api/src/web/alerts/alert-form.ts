import { AlertCriteria, AlertView } from '@app/alerts';
import { AlertFormValues } from '../views/components/alert-form';

/** The labels of the alert form by field name (the DTO's paths), for messages worded for people. */
export const ALERT_FORM_LABELS: Record<string, string> = {
  name: 'Name',
  frequency: 'Frequency',
  criteria: 'Criteria',
  'criteria.q': 'Keywords',
  'criteria.category': 'Category',
  'criteria.type': 'Job type',
  'criteria.seniority': 'Level',
  'criteria.region': 'Region',
  'criteria.remote': 'Remote only',
  'criteria.salaryMin': 'Minimum salary per year',
  'criteria.currency': 'Currency',
  'criteria.tags': 'Skills',
};

export const EMPTY_ALERT_FORM: AlertFormValues = {
  name: '',
  frequency: 'weekly',
  q: '',
  category: '',
  type: '',
  seniority: '',
  region: '',
  remote: false,
  salaryMin: '',
  currency: '',
  tags: '',
};

/** The form as posted (field names are the DTO's paths: `name`, `criteria.q`, …), kept as typed for a re-render. */
export function alertFormValuesOf(fields: Record<string, string>): AlertFormValues {
  const field = (name: string) => fields[name] ?? '';
  return {
    name: field('name'),
    frequency: field('frequency'),
    q: field('criteria.q'),
    category: field('criteria.category'),
    type: field('criteria.type'),
    seniority: field('criteria.seniority'),
    region: field('criteria.region'),
    remote: field('criteria.remote') === 'true',
    salaryMin: field('criteria.salaryMin'),
    currency: field('criteria.currency'),
    tags: field('criteria.tags'),
  };
}

export function alertFormValuesFrom(alert: AlertView): AlertFormValues {
  const { criteria } = alert;
  return {
    name: alert.name,
    frequency: alert.frequency,
    q: criteria.q ?? '',
    category: criteria.category ?? '',
    type: criteria.type ?? '',
    seniority: criteria.seniority ?? '',
    region: criteria.region ?? '',
    remote: criteria.remote === true,
    salaryMin: criteria.salaryMin === undefined ? '' : String(criteria.salaryMin),
    currency: criteria.currency ?? '',
    tags: (criteria.tags ?? []).join(', '),
  };
}

/**
 * The body POST /v1/me/alerts would get for this form: empty fields are no criterion, the salary a number when
 * it is one (otherwise left as typed, for the DTO to refuse by name), skills split at commas.
 */
export function toAlertBody(values: AlertFormValues): {
  name: string;
  frequency: string;
  criteria: Partial<Record<keyof AlertCriteria, unknown>>;
} {
  const text = (value: string) => (value.trim() === '' ? undefined : value.trim());
  const salary = values.salaryMin.trim();
  const tags = values.tags
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
  const criteria = {
    q: text(values.q),
    category: text(values.category),
    type: text(values.type),
    seniority: text(values.seniority),
    region: text(values.region),
    remote: values.remote ? true : undefined,
    salaryMin: salary === '' ? undefined : /^\d{1,15}$/.test(salary) ? Number(salary) : salary,
    currency: text(values.currency),
    tags: tags.length > 0 ? tags : undefined,
  };
  return {
    name: values.name,
    frequency: values.frequency,
    criteria: Object.fromEntries(Object.entries(criteria).filter(([, value]) => value !== undefined)),
  };
}
