import { Marked, RendererThis, Tokens } from 'marked';

const SAFE_URL = /^(https?:\/\/|mailto:)/i;
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}

function safeUrl(href: string): string | null {
  const trimmed = href.trim();
  if (!SAFE_URL.test(trimmed)) return null;
  try {
    return new URL(trimmed).href;
  } catch {
    return null;
  }
}

/*
 * An allowlist by construction: the only tags in the output are the ones marked's own
 * renderer writes (its text is escaped). Raw HTML in the Markdown is shown as text, links
 * and images keep only http(s)/mailto URLs, and links get rel="nofollow noopener".
 * (marked reads renderer overrides from a plain object, not from a subclass.)
 */
const markdown = new Marked({ gfm: true, breaks: false, async: false });
markdown.use({
  renderer: {
    html({ text }: Tokens.HTML | Tokens.Tag): string {
      return escapeHtml(text);
    },
    link(this: RendererThis, { href, title, tokens }: Tokens.Link): string {
      const text = this.parser.parseInline(tokens);
      const url = safeUrl(href);
      if (url === null) return text;
      const titleAttr = title ? ` title="${escapeHtml(title)}"` : '';
      return `<a href="${escapeHtml(url)}"${titleAttr} rel="nofollow noopener">${text}</a>`;
    },
    image({ href, title, text }: Tokens.Image): string {
      const url = safeUrl(href);
      if (url === null || url.startsWith('mailto:')) return escapeHtml(text);
      const titleAttr = title ? ` title="${escapeHtml(title)}"` : '';
      return `<img src="${escapeHtml(url)}" alt="${escapeHtml(text)}"${titleAttr}>`;
    },
  },
});

/** Markdown → sanitized HTML (no scripts, no event handlers, no unsafe URLs). */
export function renderMarkdown(source: string): string {
  return markdown.parse(source, { async: false }).trim();
}
