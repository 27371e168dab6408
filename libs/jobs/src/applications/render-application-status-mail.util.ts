import { RenderedMail, renderMailLayout } from '@app/mail';
import { ApplicationStatus } from './application-status';

export interface ApplicationStatusMailInput {
  applicantName: string;
  listingTitle: string;
  companyName: string;
  status: ApplicationStatus;
  /** Where the seeker follows their applications. */
  applicationsUrl: string;
}

const WORDING: Record<ApplicationStatus, { headline: string; body: string }> = {
  submitted: { headline: 'was received', body: 'Your application was received and is waiting to be reviewed.' },
  reviewing: { headline: 'is being reviewed', body: 'The hiring team has started reviewing your application.' },
  interviewing: {
    headline: 'moved to interviews',
    body: 'Good news: the hiring team would like to interview you. Expect them to get in touch.',
  },
  offered: { headline: 'comes with an offer', body: 'Congratulations: the hiring team has decided to make you an offer.' },
  hired: { headline: 'ended in a hire', body: 'Congratulations on your new role! The listing is now closed.' },
  rejected: {
    headline: 'was not selected',
    body: 'Thank you for your interest. The hiring team has decided not to move forward with your application.',
  },
  withdrawn: { headline: 'was withdrawn', body: 'Your application was withdrawn.' },
};

/** The mail a seeker receives when an admin moves their application to a new status. */
export function renderApplicationStatusMail(input: ApplicationStatusMailInput): RenderedMail {
  const wording = WORDING[input.status];
  const role = `${input.listingTitle} at ${input.companyName}`;
  return renderMailLayout({
    subject: `Your application for ${role} ${wording.headline}`,
    heading: `Your application ${wording.headline}`,
    paragraphs: [`Hello ${input.applicantName},`, `There is news about your application for ${role}.`, wording.body],
    action: { label: 'See your applications', url: input.applicationsUrl },
    footer: 'You receive this mail because you applied to this job on our job board.',
  });
}
