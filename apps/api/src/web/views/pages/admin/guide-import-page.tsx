import { FieldError } from '@app/common';
import { h } from '../../../html/jsx';
import { AdminLayout } from '../../components/admin-layout';
import { CsrfField, ErrorSummary, TextareaField } from '../../components/form-fields';
import { ShellModel } from '../../shell-model';

export function GuideImportPage(props: { shell: ShellModel; model: { text: string; errors: FieldError[] } }) {
  const { shell, model } = props;
  return (
    <AdminLayout
      shell={shell}
      title="Import a guide"
      lede="Paste a guide written in the layout of the reference guide. It becomes a draft for you to check, edit and publish."
    >
      <ErrorSummary errors={model.errors} title="The text could not be read as a guide" />
      <form method="post" action="/admin/guides/import" class="panel" novalidate>
        <CsrfField token={shell.csrfToken} />
        <TextareaField
          name="text"
          label="Guide text"
          value={model.text}
          error={model.errors.length > 0 ? model.errors.map((error) => error.message).join('; ') : undefined}
          hint="The whole page, from its title to its FAQ"
          rows={20}
        />
        <button type="submit">Import guide</button>
      </form>
    </AdminLayout>
  );
}
