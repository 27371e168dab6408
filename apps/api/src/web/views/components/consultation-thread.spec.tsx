import { describe, it } from 'node:test';
import { expect } from 'expect';
import { h, render } from '../../html/jsx';
import { ConsultationThread } from './consultation-thread';

describe('ConsultationThread', () => {
  const html = String(
    render(
      <ConsultationThread
        messages={[
          { id: 'm1', author: 'You', fromConsultant: false, body: 'Line one\n<script>alert(1)</script>', date: '1 Mar', iso: '2026-03-01' },
          { id: 'm2', author: 'Grace <Hopper>', fromConsultant: true, body: 'Answer', date: '2 Mar', iso: '2026-03-02' },
        ]}
      />,
    ),
  );

  it('shows what was typed as text: markup in a message or a name is escaped, line breaks stay in the text', () => {
    expect(html).toContain('Line one\n&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Grace &lt;Hopper&gt;');
    expect(html).not.toContain('<script>');
  });

  it("lists the messages in the order given and marks the consultant's", () => {
    expect(html.indexOf('id="message-m1"')).toBeLessThan(html.indexOf('id="message-m2"'));
    expect(html).toMatch(/class="message message-consultant" id="message-m2"/);
  });
});
