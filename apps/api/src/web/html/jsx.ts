import { escapeHtml, Html } from './html';
import type { HtmlAttributes } from './html-attributes';

/** What a view may place between tags: text is escaped, Html is kept, empty values vanish. */
export type Child = Html | string | number | boolean | null | undefined | readonly Child[];

export type Component<P> = (props: P) => Html | null;

type Props = Record<string, unknown> & { children?: Child };

const EMPTY = new Html('');
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const ATTRIBUTE_NAME = /^[a-zA-Z_:][a-zA-Z0-9_.:-]*$/;

/**
 * Appends with `+`, not `Array.join`: V8 keeps `a + b` as a rope and copies the page once, when it is written,
 * where a join per element re-copied every element's whole content at each level of nesting above it.
 */
function appendChild(out: string, child: Child): string {
  if (child === null || child === undefined || child === false || child === true) return out;
  if (child instanceof Html) return out + child.value;
  if (typeof child === 'string') return out + escapeHtml(child);
  if (typeof child === 'number') return out + String(child);
  for (const nested of child) out = appendChild(out, nested);
  return out;
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
  const open = `<${tag}${attributes(props)}>`;
  if (VOID_ELEMENTS.has(tag)) return new Html(open);
  return new Html(`${appendChild(open, children.length > 0 ? children : (props?.children as Child))}</${tag}>`);
}

/** `<>…</>`: its children, side by side. */
export function Fragment(props: { children?: Child }): Html {
  return new Html(appendChild('', props.children));
}

/** Renders any child (a list of cards, an optional block) to Html. */
export function render(child: Child): Html {
  return new Html(appendChild('', child));
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
