import { Html } from '../../html/html';
import { h } from '../../html/jsx';

/** JSON inside <script>: `<`, `>` and `&` as \u escapes, so no text in the data can close the element. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A schema.org data block; a data block is not a script, so the CSP's script-src does not apply to it. */
export function JsonLd(props: { data: unknown }) {
  return <script type="application/ld+json">{new Html(jsonForScript(props.data))}</script>;
}
