import { describe, it } from 'node:test';
import { expect } from 'expect';
import { renderApplicationStatusMail } from './render-application-status-mail.util';

describe('application status mail', () => {
  const input = {
    applicantName: 'Ada <Lovelace>',
    listingTitle: 'Backend Engineer',
    companyName: 'Harbor & Sons',
    applicationsUrl: 'https://jobs.example/me/applications',
  };

  it('names the role and the new status in subject, text and HTML', () => {
    const mail = renderApplicationStatusMail({ ...input, status: 'interviewing' });
    expect(mail.subject).toBe('Your application for Backend Engineer at Harbor & Sons moved to interviews');
    expect(mail.text).toContain('Backend Engineer at Harbor & Sons');
    expect(mail.text).toContain('See your applications: https://jobs.example/me/applications');
    expect(mail.html).toContain('moved to interviews');
  });

  it('escapes names in the HTML part', () => {
    const mail = renderApplicationStatusMail({ ...input, status: 'rejected' });
    expect(mail.html).toContain('Ada &lt;Lovelace&gt;');
    expect(mail.html).toContain('Harbor &amp; Sons');
    expect(mail.html).not.toContain('<Lovelace>');
  });

  it('words each status differently', () => {
    const subjects = (['reviewing', 'interviewing', 'offered', 'hired', 'rejected'] as const).map(
      (status) => renderApplicationStatusMail({ ...input, status }).subject,
    );
    expect(new Set(subjects).size).toBe(subjects.length);
  });
});
