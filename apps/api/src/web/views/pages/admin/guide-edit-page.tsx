import { FieldError } from '@app/common';
import { h } from '../../../html/jsx';
import type { GuideFormValues } from '../../../admin/guide-form';
import { AdminLayout } from '../../components/admin-layout';
import {
  ActionButton,
  CheckboxField,
  CsrfField,
  ErrorSummary,
  formBinding,
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

export function GuideEditPage(props: { shell: ShellModel; model: GuideEditPageModel }) {
  const { shell, model } = props;
  const { values, errors, guide } = model;
  const form = formBinding(values, errors);
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
          <TextField {...form.field('title')} label="Title" maxlength={150} />
          <TextField {...form.field('slug')} label="Slug" hint="The address: /careers/<slug>" maxlength={80} />
          <TextareaField {...form.field('summary')} label="Summary" rows={5} maxlength={2000} />
          <TextField {...form.field('jobCategory')} label="Job category" hint="The listings shown with the guide, e.g. engineering" />
          <TextField {...form.field('tags')} label="Tags" hint="Separate with commas, e.g. node.js, postgres" />
          <div class="grid-2">
            <TextField {...form.field('stats.medianSalary')} label="Median salary" inputmode="numeric" />
            <TextField {...form.field('stats.growthRatePct')} label="Growth rate (%)" inputmode="decimal" />
          </div>
          <SelectField {...form.field('stats.marketDemand')} label="Market demand" options={model.demands} />
          <CheckboxField {...form.checkbox('stats.remoteFriendly')} label="Remote-friendly" />
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
