import { Html } from '../../html/html';
import { h } from '../../html/jsx';
import { TableWrap } from './table-wrap';

/**
 * A list page's records as a table named by `label` (the scrolling region's name and the caption), under its
 * column headings; with no record, the `empty` line instead.
 */
export function ListTable<T>(props: { label: string; columns: string[]; empty: string; rows: T[]; row: (record: T) => Html }) {
  if (props.rows.length === 0) return <p class="empty-state">{props.empty}</p>;
  return (
    <TableWrap label={props.label}>
      <table>
        <caption class="visually-hidden">{props.label}</caption>
        <thead>
          <tr>
            {props.columns.map((column) => (
              <th scope="col">{column}</th>
            ))}
          </tr>
        </thead>
        <tbody>{props.rows.map(props.row)}</tbody>
      </table>
    </TableWrap>
  );
}
