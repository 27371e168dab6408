import { FieldError } from '@app/common';
import { h } from '../../../html/jsx';
import { AdminLayout } from '../../components/admin-layout';
import { CsrfField, ErrorSummary, FileField, fieldError, TextareaField } from '../../components/form-fields';
import { ShellModel } from '../../shell-model';

export interface ListingImportPageModel {
  /** The most one import takes ("1 MB"): the API's body limit. */
  fileLimit: string;
  json: string;
  /** Problems of the whole file (not JSON, not a list). */
  errors: FieldError[];
  /** Problems of single rows: the row number as people count (1…), its title when it has one, what is wrong. */
  rows: Array<{ row: number; title: string | null; problems: string[] }>;
}

export function ListingImportPage(props: { shell: ShellModel; model: ListingImportPageModel }) {
  const { shell, model } = props;
  const summary: FieldError[] = [
    ...model.errors,
    ...(model.rows.length > 0 ? [{ field: 'row-errors', message: `${model.rows.length} rows have problems; nothing was imported` }] : []),
  ];
  return (
    <AdminLayout
      shell={shell}
      title="Import listings"
      lede="A JSON array of listings, in the shape of POST /v1/admin/jobs. All or nothing: one bad row and none is imported."
    >
      <ErrorSummary errors={summary} />
      {model.rows.length > 0 ? (
        <section class="panel" id="field-row-errors" tabindex={-1} aria-labelledby="row-errors-heading">
          <h2 id="row-errors-heading">Rows to fix</h2>
          <ol class="row-errors">
            {model.rows.map((row) => (
              <li>
                <strong>{`Row ${row.row}${row.title ? `: ${row.title}` : ''}`}</strong>
                <ul>
                  {row.problems.map((problem) => (
                    <li>{problem}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <form method="post" action="/admin/jobs/import" enctype="multipart/form-data" class="panel" novalidate>
        <CsrfField token={shell.csrfToken} />
        <FileField
          name="file"
          label="JSON file"
          accept=".json,application/json"
          hint={`A .json file of at most ${model.fileLimit}`}
          error={fieldError(model.errors, 'file')}
        />
        <TextareaField name="json" label="Or paste the JSON" value={model.json} error={fieldError(model.errors, 'json')} rows={12} />
        <button type="submit">Import listings</button>
      </form>
    </AdminLayout>
  );
}
