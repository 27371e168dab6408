import { describe, it } from 'node:test';
import { expect } from 'expect';
import { sanitizedHtml } from './html';
import { Fragment, h, render } from './jsx';

function Card(props: { title: string; tags: string[] }) {
  return (
    <article class="card">
      <h2>{props.title}</h2>
      <ul>
        {props.tags.map((tag) => (
          <li>{tag}</li>
        ))}
      </ul>
    </article>
  );
}

describe('the view runtime', () => {
  it('escapes text and attribute values, so a title can never become markup', () => {
    const html = render(<a href={'/jobs/x" onmouseover="alert(1)'}>{'<script>alert("x")</script> & co'}</a>).value;
    expect(html).toBe('<a href="/jobs/x&quot; onmouseover=&quot;alert(1)">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co</a>');
  });

  it('renders components with their children, lists and fragments', () => {
    const html = render(
      <>
        <Card title="Go <dev>" tags={['go', 'k8s']} />
        {null}
        {false}
        {0}
      </>,
    ).value;
    expect(html).toBe('<article class="card"><h2>Go &lt;dev&gt;</h2><ul><li>go</li><li>k8s</li></ul></article>0');
  });

  it('writes boolean attributes bare and leaves out false and empty ones, and void elements unclosed', () => {
    const html = render(<input type="checkbox" name="remote" checked={true} disabled={false} value={undefined} />).value;
    expect(html).toBe('<input type="checkbox" name="remote" checked>');
  });

  it('passes sanitized HTML through only when it is marked', () => {
    expect(render(<div>{sanitizedHtml('<p>ok</p>')}</div>).value).toBe('<div><p>ok</p></div>');
    expect(render(<div>{'<p>ok</p>'}</div>).value).toBe('<div>&lt;p&gt;ok&lt;/p&gt;</div>');
  });

  it('refuses an attribute name that could break out of the tag', () => {
    const props = { 'x onload=alert(1)': 'y' } as Record<string, string>;
    expect(() => render(h('div', props))).toThrow(/Invalid attribute name/);
  });
});
