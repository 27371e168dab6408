import { describe, it } from 'node:test';
import { expect } from 'expect';
import { renderConsultantReplyMail } from './render-consultant-reply-mail.util';

describe('renderConsultantReplyMail', () => {
  const mail = renderConsultantReplyMail({
    seekerName: 'Ada',
    consultantName: 'Grace <Consultant>',
    topic: 'Moving from QA to backend',
    reply: 'Start with one language.\n\nThen build a <service> end to end.',
    threadUrl: 'https://jobs.example/me/consultations/6f1c2a4e-0000-4000-8000-000000000001',
  });

  it("names the consultant and the topic in the subject, and carries the thread's page as its link in both parts", () => {
    expect(mail.subject).toBe('Grace <Consultant> replied: Moving from QA to backend');
    expect(mail.text).toContain('Read and answer: https://jobs.example/me/consultations/6f1c2a4e-0000-4000-8000-000000000001');
    expect(mail.html).toContain('href="https://jobs.example/me/consultations/6f1c2a4e-0000-4000-8000-000000000001"');
  });

  it('quotes the reply paragraph by paragraph, escaped in the HTML part', () => {
    expect(mail.text).toContain('Start with one language.\n\nThen build a <service> end to end.');
    expect(mail.html).toContain('<p>Then build a &lt;service&gt; end to end.</p>');
    expect(mail.html).not.toContain('<service>');
  });
});
