import { escapeHtml, Html } from './html';
import type { HtmlAttributes } from './html-attributes';

/** What a view may place between tags: text is escaped, Html is kept, empty values vanish. */
export type Child = Html | string | number | boolean | null | undefined | readonly Child[];

export type Component<P> = (props: P) => Html | null;

type Props = Record<string, unknown> & { children?: Child };

const EMPTY = new Html('');
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const ATTRIBUTE_NAME = /^[a-zA-Z_:][a-zA-Z0-9_.:-]*$/;

function appendChild(out: string[], child: Child): void {
  if (child === null || child === undefined || child === false || child === true) return;
  if (child instanceof Html) out.push(child.value);
  else if (typeof child === 'string') out.push(escapeHtml(child));
  else if (typeof child === 'number') out.push(String(child));
  else for (const nested of child) appendChild(out, nested);
}

function attributes(props: Props | null): string {
  if (!props) return '';
  let out = '';
  for (const name in props) {
    if (name === 'children') continue;
    const value = props[name];
    if (value === null || value === undefined || value === false) continue;
    if (!ATTRIBUTE_NAME.test(name)) throw new Error(`Invalid attribute name ${name}`);
    out += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  return out;
}

/**
 * The JSX factory of our views (tsconfig `jsxFactory: "h"`): renders straight to a string. Text and attribute
 * values are escaped; only Html (from another view or `sanitizedHtml`) passes through unchanged.
 */
export function h(tag: string | Component<any>, props: Props | null, ...children: Child[]): Html {
  if (typeof tag === 'function') {
    const childProp = children.length === 0 ? props?.children : children.length === 1 ? children[0] : children;
    return tag(childProp === undefined ? { ...props } : { ...props, children: childProp }) ?? EMPTY;
  }
  const out: string[] = [`<${tag}${attributes(props)}>`];
  if (VOID_ELEMENTS.has(tag)) return new Html(out[0]);
  appendChild(out, children.length > 0 ? children : (props?.children as Child));
  out.push(`</${tag}>`);
  return new Html(out.join(''));
}

/** `<>…</>`: its children, side by side. */
export function Fragment(props: { children?: Child }): Html {
  const out: string[] = [];
  appendChild(out, props.children);
  return new Html(out.join(''));
}

/** Renders any child (a list of cards, an optional block) to Html. */
export function render(child: Child): Html {
  const out: string[] = [];
  appendChild(out, child);
  return new Html(out.join(''));
}

/** `<!doctype html>` and the document: the string a page response sends. */
export function renderDocument(page: Html): string {
  return `<!doctype html>${page.value}`;
}

// eslint-disable-next-line @typescript-eslint/no-namespace
export declare namespace h {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    type Element = Html;
    type ElementType = keyof HtmlAttributes | Component<any>;
    interface ElementChildrenAttribute {
      children: unknown;
    }
    type IntrinsicElements = { [K in keyof HtmlAttributes]: HtmlAttributes[K] & { children?: Child } };
  }
}
