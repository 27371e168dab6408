import { FieldError } from '@app/common';
import { Html } from '../../../html/html';
import { h } from '../../../html/jsx';
import type { ListingFormOptions, ListingFormValues } from '../../../admin/listing-form';
import { AdminLayout } from '../../components/admin-layout';
import { ActionButton, CheckboxField, CsrfField, ErrorSummary, SelectField, TextareaField, TextField } from '../../components/form-fields';
import { StatusPill } from '../../components/status-pill';
import { ShellModel } from '../../shell-model';

export interface ListingFormPageModel {
  /** null for a new listing. */
  listing: { id: string; slug: string; status: string; applications: string; publicHref: string | null } | null;
  values: ListingFormValues;
  errors: FieldError[];
  options: ListingFormOptions;
  /** The description rendered by the public page's sanitizer, when asked for. */
  preview: Html | null;
}

function errorOf(errors: FieldError[], field: string): string | undefined {
  const found = errors.filter((error) => error.field === field || error.field.startsWith(`${field}.`));
  return found.length > 0 ? found.map((error) => error.message).join('; ') : undefined;
}

/** The live preview region: what the server's sanitizer makes of the description (site.js refreshes it as you type). */
export function ListingPreview(props: { preview: Html | null }) {
  return (
    <section id="listing-preview" class="panel preview" aria-labelledby="listing-preview-heading" aria-live="polite">
      <h2 id="listing-preview-heading">Preview</h2>
      {props.preview && props.preview.value.trim() !== '' ? (
        <div class="description">{props.preview}</div>
      ) : (
        <p class="muted">Press “Preview” to see the description as the listing page shows it.</p>
      )}
    </section>
  );
}

function ListingActions(props: { listing: NonNullable<ListingFormPageModel['listing']>; csrfToken: string | null }) {
  const { listing, csrfToken } = props;
  const base = `/admin/jobs/${listing.id}`;
  return (
    <section class="panel" aria-labelledby="listing-actions-heading">
      <h2 id="listing-actions-heading">This listing</h2>
      <p>
        Status: <StatusPill status={listing.status} />
      </p>
      <p class="button-row">
        {listing.publicHref ? <a href={listing.publicHref}>View on the site</a> : null}
        <a href={`${base}/applications`}>{listing.applications}</a>
      </p>
      <div class="button-row">
        <ActionButton action={`${base}/publish`} label={listing.status === 'draft' ? 'Publish' : 'Publish again'} csrfToken={csrfToken} />
        {listing.status === 'draft' || listing.status === 'closed' ? null : (
          <ActionButton action={`${base}/close`} label="Close listing" csrfToken={csrfToken} variant="secondary" />
        )}
      </div>
      <details class="danger-zone">
        <summary>Delete this listing</summary>
        <p class="small">Deleting removes the listing and its applications for good. Closing keeps them.</p>
        <ActionButton action={`${base}/delete`} label="Delete listing for good" csrfToken={csrfToken} variant="danger" />
      </details>
    </section>
  );
}

export function ListingFormPage(props: { shell: ShellModel; model: ListingFormPageModel }) {
  const { shell, model } = props;
  const { values, errors, options } = model;
  const action = model.listing ? `/admin/jobs/${model.listing.id}` : '/admin/jobs/new';
  return (
    <AdminLayout shell={shell} title={model.listing ? `Edit: ${values.title || 'listing'}` : 'New listing'}>
      <ErrorSummary errors={errors} />
      <div class="layout-sidebar">
        <div>
          <form method="post" action={action} class="panel" novalidate data-preview-form="/admin/jobs/preview">
            <CsrfField token={shell.csrfToken} />
            <TextField name="title" label="Title" value={values.title} error={errorOf(errors, 'title')} maxlength={200} />
            <TextField
              name="company.name"
              label="Company"
              value={values['company.name']}
              error={errorOf(errors, 'company.name')}
              maxlength={200}
            />
            <TextField
              name="company.website"
              label="Company website"
              type="url"
              value={values['company.website']}
              error={errorOf(errors, 'company.website')}
              hint="Optional, https://…"
            />
            <TextareaField
              name="description"
              label="Description"
              value={values.description}
              error={errorOf(errors, 'description')}
              hint="Markdown: **bold**, lists, links. Shown sanitized, like the preview."
              rows={12}
            />
            <div class="grid-2">
              <SelectField
                name="employmentType"
                label="Job type"
                value={values.employmentType}
                error={errorOf(errors, 'employmentType')}
                options={options.employmentTypes}
              />
              <SelectField
                name="seniority"
                label="Level"
                value={values.seniority}
                error={errorOf(errors, 'seniority')}
                options={options.seniorities}
              />
            </div>
            <SelectField
              name="category"
              label="Category"
              value={values.category}
              error={errorOf(errors, 'category')}
              options={options.categories}
            />
            <CheckboxField name="remote" label="Remote" checked={values.remote} error={errorOf(errors, 'remote')} />
            <TextField
              name="regions"
              label="Regions"
              value={values.regions}
              error={errorOf(errors, 'regions')}
              hint="Separate with commas, e.g. Europe, USA; Anywhere for everywhere"
            />
            <TextField
              name="location"
              label="Location"
              value={values.location}
              error={errorOf(errors, 'location')}
              hint="Optional, e.g. Berlin"
            />
            <div class="grid-2">
              <TextField
                name="salaryMin"
                label="Salary from"
                inputmode="numeric"
                value={values.salaryMin}
                error={errorOf(errors, 'salaryMin')}
              />
              <TextField
                name="salaryMax"
                label="Salary to"
                inputmode="numeric"
                value={values.salaryMax}
                error={errorOf(errors, 'salaryMax')}
              />
            </div>
            <div class="grid-2">
              <TextField
                name="salaryCurrency"
                label="Currency"
                value={values.salaryCurrency}
                error={errorOf(errors, 'salaryCurrency')}
                hint="ISO code, e.g. USD"
                maxlength={3}
              />
              <SelectField
                name="salaryPeriod"
                label="Salary per"
                value={values.salaryPeriod}
                error={errorOf(errors, 'salaryPeriod')}
                options={options.periods}
              />
            </div>
            <TextField
              name="tags"
              label="Skills"
              value={values.tags}
              error={errorOf(errors, 'tags')}
              hint="Separate with commas, e.g. go, kubernetes"
            />
            <TextField
              name="applyUrl"
              label="Apply URL"
              type="url"
              value={values.applyUrl}
              error={errorOf(errors, 'applyUrl')}
              hint="Optional: applications go to this site instead of ours"
            />
            <CheckboxField
              name="featured"
              label="Featured (pinned on the first page)"
              checked={values.featured}
              error={errorOf(errors, 'featured')}
            />
            <div class="button-row">
              <button type="submit">{model.listing ? 'Save changes' : 'Save draft'}</button>
              <button type="submit" name="intent" value="preview" class="button-secondary">
                Preview
              </button>
            </div>
          </form>
          <ListingPreview preview={model.preview} />
        </div>
        <div>
          {model.listing ? (
            <ListingActions listing={model.listing} csrfToken={shell.csrfToken} />
          ) : (
            <p class="panel muted">A new listing is saved as a draft; publish it from its page.</p>
          )}
        </div>
      </div>
    </AdminLayout>
  );
}
