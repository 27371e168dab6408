/** One tag per HTTP module of apps/api; every operation carries exactly one of them. */
export const OPENAPI_TAGS = {
  accounts: 'Sign-up, log-in, tokens and password reset; the own account and its data; admins change roles',
  jobs: 'Job listings: the search, one listing, the RSS feed; admins write, publish, close and import listings',
  applications: "Applying to a listing and tracking one's applications; admins review them",
  bookmarks: 'Saved job listings',
  'career-guides': 'Career guides and their open jobs; admins write, import and publish guides',
  alerts: 'Job alerts, their preview and the unsubscribe link of the mails; admins start and watch alert runs',
  billing: 'Plans, Stripe Checkout and Billing Portal, the own subscription, the Stripe webhook',
  stats: "The admin dashboard's figures",
  audit: 'The audit trail of admin changes',
  consultations: "Plus subscribers' threads with a career consultant; admins answer them as consultants",
  resumes: 'The own resume and its PDF, the custom resume URL (Plus), the talent directory and public resumes',
  advice: "Plus subscribers' job advice: open listings ranked for their resume and alerts, with reasons, and a skill gap",
} as const;

export type OpenApiTag = keyof typeof OPENAPI_TAGS;
