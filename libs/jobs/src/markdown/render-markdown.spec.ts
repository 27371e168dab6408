import { describe, it } from 'node:test';
import { expect } from 'expect';
import { renderMarkdown } from './render-markdown.util';

describe('renderMarkdown', () => {
  it('renders headings, emphasis, lists and tables', () => {
    const html = renderMarkdown('## Role\n\n**Ship** things:\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |');
    expect(html).toContain('<h2>Role</h2>');
    expect(html).toContain('<strong>Ship</strong>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<td>1</td>');
  });

  it('shows raw HTML as text, so no script or event handler survives', () => {
    const html = renderMarkdown('Hi <script>alert(1)</script> <img src=x onerror="alert(2)"> <b onclick="x()">b</b>');
    expect(html).not.toMatch(/<script|<img|<b /i);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('onerror=&quot;alert(2)&quot;');
  });

  it('keeps http, https and mailto links with rel nofollow noopener and drops other schemes', () => {
    const html = renderMarkdown(
      '[ok](https://example.com/a?b=1&c=2) [mail](mailto:jobs@example.com) [bad](javascript:alert(1)) [data](data:text/html,x)',
    );
    expect(html).toContain('<a href="https://example.com/a?b=1&amp;c=2" rel="nofollow noopener">ok</a>');
    expect(html).toContain('<a href="mailto:jobs@example.com" rel="nofollow noopener">mail</a>');
    expect(html).not.toMatch(/javascript:|data:text/);
    expect(html).toContain('bad');
  });

  it('escapes attribute breakouts in link titles and image alt text', () => {
    const html = renderMarkdown('[x](https://e.com "a\\" onmouseover=\\"y") ![a" onload="z](https://e.com/i.png)');
    expect(html).not.toMatch(/" onmouseover=|" onload=/);
  });

  it('escapes the language of fenced code blocks', () => {
    const html = renderMarkdown('```"><script>\ncode\n```');
    expect(html).not.toContain('<script>');
  });
});
