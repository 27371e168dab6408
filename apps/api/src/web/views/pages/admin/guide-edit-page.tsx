import { FieldError } from '@app/common';
import { h } from '../../../html/jsx';
import type { GuideFormValues } from '../../../admin/guide-form';
import { AdminLayout } from '../../components/admin-layout';
import {
  ActionButton,
  CheckboxField,
  CsrfField,
  ErrorSummary,
  SelectField,
  SelectOption,
  TextareaField,
  TextField,
} from '../../components/form-fields';
import { StatusPill } from '../../components/status-pill';
import { ShellModel } from '../../shell-model';

export interface GuideEditPageModel {
  guide: { id: string; status: string; publicHref: string | null; outline: Array<{ label: string; count: number }> };
  values: GuideFormValues;
  errors: FieldError[];
  /** Set when the edit was refused because someone else saved the guide first (409). */
  conflict: string | null;
  demands: SelectOption[];
}

function errorOf(errors: FieldError[], field: string): string | undefined {
  return errors.find((error) => error.field === field)?.message;
}

export function GuideEditPage(props: { shell: ShellModel; model: GuideEditPageModel }) {
  const { shell, model } = props;
  const { values, errors, guide } = model;
  const base = `/admin/guides/${guide.id}`;
  return (
    <AdminLayout shell={shell} title={`Guide: ${values.title || 'untitled'}`}>
      {model.conflict ? (
        <div class="error-summary" role="alert" tabindex={-1} data-error-summary="" aria-labelledby="conflict-title">
          <h2 id="conflict-title">Not saved: the guide changed while you were editing (409 Conflict)</h2>
          <p>{model.conflict}</p>
          <p>
            <a href={base}>Reload the guide</a> to see the saved version, then make your change again.
          </p>
        </div>
      ) : (
        <ErrorSummary errors={errors} />
      )}
      <div class="layout-sidebar">
        <form method="post" action={base} class="panel" novalidate>
          <CsrfField token={shell.csrfToken} />
          <input type="hidden" name="version" value={values.version} />
          <TextField name="title" label="Title" value={values.title} error={errorOf(errors, 'title')} maxlength={150} />
          <TextField
            name="slug"
            label="Slug"
            value={values.slug}
            error={errorOf(errors, 'slug')}
            hint="The address: /careers/<slug>"
            maxlength={80}
          />
          <TextareaField
            name="summary"
            label="Summary"
            value={values.summary}
            error={errorOf(errors, 'summary')}
            rows={5}
            maxlength={2000}
          />
          <TextField
            name="jobCategory"
            label="Job category"
            value={values.jobCategory}
            error={errorOf(errors, 'jobCategory')}
            hint="The listings shown with the guide, e.g. engineering"
          />
          <TextField
            name="tags"
            label="Tags"
            value={values.tags}
            error={errorOf(errors, 'tags')}
            hint="Separate with commas, e.g. node.js, postgres"
          />
          <div class="grid-2">
            <TextField
              name="stats.medianSalary"
              label="Median salary"
              inputmode="numeric"
              value={values['stats.medianSalary']}
              error={errorOf(errors, 'stats.medianSalary')}
            />
            <TextField
              name="stats.growthRatePct"
              label="Growth rate (%)"
              inputmode="decimal"
              value={values['stats.growthRatePct']}
              error={errorOf(errors, 'stats.growthRatePct')}
            />
          </div>
          <SelectField
            name="stats.marketDemand"
            label="Market demand"
            value={values['stats.marketDemand']}
            error={errorOf(errors, 'stats.marketDemand')}
            options={model.demands}
          />
          <CheckboxField
            name="stats.remoteFriendly"
            label="Remote-friendly"
            checked={values['stats.remoteFriendly']}
            error={errorOf(errors, 'stats.remoteFriendly')}
          />
          <button type="submit">Save guide</button>
        </form>
        <div>
          <section class="panel" aria-labelledby="guide-status-heading">
            <h2 id="guide-status-heading">Publishing</h2>
            <p>
              Status: <StatusPill status={guide.status} />
            </p>
            {guide.publicHref ? (
              <p>
                <a href={guide.publicHref}>View the public page</a>
              </p>
            ) : null}
            <div class="button-row">
              {guide.status === 'published' ? (
                <ActionButton action={`${base}/unpublish`} label="Unpublish guide" csrfToken={shell.csrfToken} variant="secondary" />
              ) : (
                <ActionButton action={`${base}/publish`} label="Publish guide" csrfToken={shell.csrfToken} />
              )}
            </div>
          </section>
          <section class="panel" aria-labelledby="guide-outline-heading">
            <h2 id="guide-outline-heading">What the guide holds</h2>
            <ul class="outline">
              {guide.outline.map((part) => (
                <li>
                  {part.label}: <strong>{part.count}</strong>
                </li>
              ))}
            </ul>
          </section>
        </div>
      </div>
    </AdminLayout>
  );
}
