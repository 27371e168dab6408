/** Attribute values a view may write; `false`, `null` and `undefined` leave the attribute out. */
type Value = string | number | boolean | null | undefined;

/**
 * The attributes every element takes. No `style` and no `on*` handlers: the Content-Security-Policy
 * refuses inline styles and scripts, so the types refuse them first.
 */
export interface GlobalAttributes {
  id?: Value;
  class?: Value;
  title?: Value;
  lang?: Value;
  dir?: 'ltr' | 'rtl' | 'auto';
  hidden?: boolean;
  tabindex?: number;
  role?: string;
  inert?: boolean;
  [aria: `aria-${string}`]: Value;
  [data: `data-${string}`]: Value;
}

export interface AnchorAttributes extends GlobalAttributes {
  href?: string;
  rel?: string;
  target?: '_blank' | '_self';
  download?: Value;
  hreflang?: string;
  type?: string;
}

export interface FormAttributes extends GlobalAttributes {
  action?: string;
  method?: 'get' | 'post';
  enctype?: 'application/x-www-form-urlencoded' | 'multipart/form-data';
  novalidate?: boolean;
  autocomplete?: 'on' | 'off';
  role?: string;
}

interface FormControlAttributes extends GlobalAttributes {
  name?: string;
  disabled?: boolean;
  form?: string;
  required?: boolean;
  autofocus?: boolean;
}

export interface InputAttributes extends FormControlAttributes {
  type?:
    | 'text'
    | 'email'
    | 'password'
    | 'search'
    | 'number'
    | 'checkbox'
    | 'radio'
    | 'hidden'
    | 'submit'
    | 'url'
    | 'date'
    | 'month'
    | 'file'
    | 'tel';
  value?: Value;
  checked?: boolean;
  placeholder?: string;
  autocomplete?: string;
  inputmode?: 'numeric' | 'decimal' | 'email' | 'search' | 'text' | 'url';
  min?: Value;
  max?: Value;
  step?: Value;
  minlength?: number;
  maxlength?: number;
  pattern?: string;
  readonly?: boolean;
  list?: string;
  accept?: string;
  spellcheck?: 'true' | 'false';
  enterkeyhint?: 'search' | 'go' | 'send' | 'done' | 'next';
}

export interface ButtonAttributes extends FormControlAttributes {
  type?: 'submit' | 'button' | 'reset';
  value?: Value;
  formaction?: string;
  formmethod?: 'get' | 'post';
}

export interface SelectAttributes extends FormControlAttributes {
  multiple?: boolean;
  autocomplete?: string;
}

export interface OptionAttributes extends GlobalAttributes {
  value?: Value;
  selected?: boolean;
  disabled?: boolean;
  label?: string;
}

export interface TextareaAttributes extends FormControlAttributes {
  rows?: number;
  cols?: number;
  maxlength?: number;
  placeholder?: string;
  readonly?: boolean;
  spellcheck?: 'true' | 'false';
}

export interface LabelAttributes extends GlobalAttributes {
  for?: string;
}

export interface ImgAttributes extends GlobalAttributes {
  src: string;
  alt: string;
  width?: number;
  height?: number;
  loading?: 'lazy' | 'eager';
  decoding?: 'async' | 'auto' | 'sync';
}

export interface MetaAttributes extends GlobalAttributes {
  name?: string;
  content?: Value;
  property?: string;
  charset?: 'utf-8';
  'http-equiv'?: string;
}

export interface LinkAttributes extends GlobalAttributes {
  rel: string;
  href: string;
  type?: string;
  sizes?: string;
  media?: string;
  title?: string;
  crossorigin?: 'anonymous' | 'use-credentials';
}

export interface ScriptAttributes extends GlobalAttributes {
  src?: string;
  type?: 'module' | 'application/ld+json' | 'text/javascript';
  defer?: boolean;
  async?: boolean;
  nonce?: string;
}

export interface TimeAttributes extends GlobalAttributes {
  datetime?: string;
}

export interface TableCellAttributes extends GlobalAttributes {
  colspan?: number;
  rowspan?: number;
  scope?: 'row' | 'col' | 'rowgroup' | 'colgroup';
  headers?: string;
}

export interface SvgAttributes extends GlobalAttributes {
  xmlns?: string;
  viewBox?: string;
  width?: Value;
  height?: Value;
  fill?: string;
  stroke?: string;
  'stroke-width'?: Value;
  'stroke-linecap'?: 'round' | 'butt' | 'square';
  'stroke-linejoin'?: 'round' | 'miter' | 'bevel';
  preserveAspectRatio?: string;
  focusable?: 'false' | 'true';
  x?: Value;
  y?: Value;
  x1?: Value;
  x2?: Value;
  y1?: Value;
  y2?: Value;
  cx?: Value;
  cy?: Value;
  r?: Value;
  d?: string;
  points?: string;
  rx?: Value;
  'text-anchor'?: 'start' | 'middle' | 'end';
  'font-size'?: Value;
}

export interface HtmlAttributes {
  html: GlobalAttributes;
  head: GlobalAttributes;
  body: GlobalAttributes;
  title: GlobalAttributes;
  meta: MetaAttributes;
  link: LinkAttributes;
  script: ScriptAttributes;
  noscript: GlobalAttributes;
  header: GlobalAttributes;
  footer: GlobalAttributes;
  main: GlobalAttributes;
  nav: GlobalAttributes;
  section: GlobalAttributes;
  article: GlobalAttributes;
  aside: GlobalAttributes;
  div: GlobalAttributes;
  span: GlobalAttributes;
  p: GlobalAttributes;
  h1: GlobalAttributes;
  h2: GlobalAttributes;
  h3: GlobalAttributes;
  h4: GlobalAttributes;
  ul: GlobalAttributes;
  ol: GlobalAttributes & { start?: number; reversed?: boolean };
  li: GlobalAttributes;
  dl: GlobalAttributes;
  dt: GlobalAttributes;
  dd: GlobalAttributes;
  a: AnchorAttributes;
  strong: GlobalAttributes;
  em: GlobalAttributes;
  small: GlobalAttributes;
  b: GlobalAttributes;
  i: GlobalAttributes;
  code: GlobalAttributes;
  pre: GlobalAttributes;
  blockquote: GlobalAttributes;
  br: GlobalAttributes;
  hr: GlobalAttributes;
  img: ImgAttributes;
  figure: GlobalAttributes;
  figcaption: GlobalAttributes;
  time: TimeAttributes;
  abbr: GlobalAttributes;
  mark: GlobalAttributes;
  data: GlobalAttributes & { value: Value };
  form: FormAttributes;
  fieldset: GlobalAttributes & { disabled?: boolean };
  legend: GlobalAttributes;
  label: LabelAttributes;
  input: InputAttributes;
  button: ButtonAttributes;
  select: SelectAttributes;
  option: OptionAttributes;
  optgroup: GlobalAttributes & { label: string };
  textarea: TextareaAttributes;
  output: GlobalAttributes & { for?: string };
  details: GlobalAttributes & { open?: boolean; name?: string };
  summary: GlobalAttributes;
  table: GlobalAttributes;
  caption: GlobalAttributes;
  thead: GlobalAttributes;
  tbody: GlobalAttributes;
  tfoot: GlobalAttributes;
  tr: GlobalAttributes;
  th: TableCellAttributes;
  td: TableCellAttributes;
  progress: GlobalAttributes & { value?: Value; max?: Value };
  meter: GlobalAttributes & { value: Value; min?: Value; max?: Value; low?: Value; high?: Value; optimum?: Value };
  template: GlobalAttributes;
  svg: SvgAttributes;
  g: SvgAttributes;
  path: SvgAttributes;
  rect: SvgAttributes;
  circle: SvgAttributes;
  line: SvgAttributes;
  polyline: SvgAttributes;
  polygon: SvgAttributes;
  text: SvgAttributes;
  desc: SvgAttributes;
}
