import { h } from '../../html/jsx';
import { SelectField, SelectOption, TextField } from './form-fields';

/** The search over a list page, as a GET form: words (`q`) and one choice, such as a status. */
export function ListSearch(props: {
  action: string;
  label: string;
  q: { label: string; value: string };
  choice: { name: string; label: string; value: string; options: SelectOption[] };
  submit: string;
}) {
  const { q, choice } = props;
  return (
    <form method="get" action={props.action} class="panel filter-bar" role="search" aria-label={props.label}>
      <TextField name="q" label={q.label} type="search" value={q.value} maxlength={200} />
      <SelectField name={choice.name} label={choice.label} value={choice.value} options={choice.options} />
      <button type="submit">{props.submit}</button>
    </form>
  );
}
