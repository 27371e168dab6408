import { Html } from '../html/html';
import { FlashKey } from './flash';

export type PageResult =
  | { kind: 'page'; html: Html; status: number }
  | { kind: 'redirect'; location: string; flash: FlashKey | null }
  | { kind: 'download'; body: string | Buffer; contentType: string; filename: string };

/** A rendered page (the status is 422 for a refused form, 400 for a refused search). */
export function page(html: Html, status = 200): PageResult {
  return { kind: 'page', html, status };
}

/** 303 See Other to a page of ours, optionally with a flash message for the page it lands on. */
export function redirect(location: string, flash: FlashKey | null = null): PageResult {
  return { kind: 'redirect', location, flash };
}

export function download(body: string | Buffer, contentType: string, filename: string): PageResult {
  return { kind: 'download', body, contentType, filename };
}
