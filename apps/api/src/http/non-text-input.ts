import { DomainError, ErrorCode, FieldError } from '@app/common';

/**
 * Characters no text input holds: C0 controls other than tab, LF and CR (Postgres refuses NUL in text;
 * XML, mail headers and HTML refuse the rest) and the noncharacters U+FFFE and U+FFFF.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
/** A surrogate without its partner: not Unicode; Postgres's jsonb refuses it and validators' encodeURI throws on it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Deeper than any input of ours; a JSON body nested deeper would only exhaust the stack of the validators. */
export const MAX_INPUT_DEPTH = 32;
/** More members than any object of ours has: 20 000 unknown keys kept the validators busy for seconds. */
export const MAX_OBJECT_KEYS = 200;
const MAX_REPORTED = 20;

function textProblem(text: string): string | undefined {
  if (CONTROL.test(text)) return 'must not contain control characters';
  if (LONE_SURROGATE.test(text)) return 'must be well-formed Unicode (it has an unpaired surrogate)';
  return undefined;
}

const shown = (key: string) => JSON.stringify(key).slice(1, -1);

/**
 * Every string of an input (query, path parameter or JSON body; keys too) that is not text, any nesting past
 * MAX_INPUT_DEPTH and any object with more than MAX_OBJECT_KEYS members, as field errors named like the validation pipe names them (`criteria.q`, `tags[2]`).
 * Iterative, so a hostile depth cannot overflow the stack here either.
 */
export function nonTextFields(input: unknown, rootName: string): FieldError[] {
  const errors: FieldError[] = [];
  const pending: Array<[unknown, string, number]> = [[input, '', 0]];
  while (pending.length > 0 && errors.length < MAX_REPORTED) {
    const [node, field, depth] = pending.pop()!;
    if (typeof node === 'string') {
      const message = textProblem(node);
      if (message) errors.push({ field: field || rootName, message });
    } else if (node !== null && typeof node === 'object' && !ArrayBuffer.isView(node)) {
      if (depth >= MAX_INPUT_DEPTH) {
        errors.push({ field: field || rootName, message: `is nested deeper than ${MAX_INPUT_DEPTH} levels` });
      } else if (!Array.isArray(node) && Object.keys(node).length > MAX_OBJECT_KEYS) {
        errors.push({ field: field || rootName, message: `has more than ${MAX_OBJECT_KEYS} fields` });
      } else if (Array.isArray(node)) {
        for (let i = node.length - 1; i >= 0; i -= 1) pending.push([node[i], `${field}[${i}]`, depth + 1]);
      } else {
        for (const [key, value] of Object.entries(node).reverse()) {
          const keyMessage = textProblem(key);
          const name = keyMessage ? shown(key) : key;
          const path = field ? `${field}.${name}` : name;
          if (keyMessage) errors.push({ field: path, message: `is not a valid field name: it ${keyMessage}` });
          else pending.push([value, path, depth + 1]);
        }
      }
    }
  }
  return errors;
}

/** Throws a 400 naming every field of `input` that is not text (see nonTextFields). */
export function rejectNonText(input: unknown, rootName: string): void {
  const errors = nonTextFields(input, rootName);
  if (errors.length > 0) throw new DomainError(ErrorCode.BadInput, errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
}
