/**
 * Messages a page shows once after a redirect. The cookie carries only the key, so nothing a visitor can set
 * ever reaches the page as text.
 */
export const FLASH_MESSAGES = {
  'signed-up': { kind: 'success', text: 'Welcome! Your account is ready.' },
  'logged-in': { kind: 'success', text: 'You are logged in.' },
  'logged-out': { kind: 'info', text: 'You are logged out.' },
  'reset-link-sent': { kind: 'info', text: 'If an account uses that email, a reset link is on its way. It works for one hour.' },
  'password-reset': { kind: 'success', text: 'Your password is changed. Log in with the new one.' },
  'profile-saved': { kind: 'success', text: 'Your profile is saved.' },
  'account-deleted': { kind: 'info', text: 'Your account and everything we held about you are deleted.' },
  'application-sent': { kind: 'success', text: 'Your application is sent. Track it under My applications.' },
  'application-withdrawn': { kind: 'info', text: 'Your application is withdrawn.' },
  'job-saved': { kind: 'success', text: 'Job saved.' },
  'job-unsaved': { kind: 'info', text: 'Job removed from your saved jobs.' },
  'alert-created': { kind: 'success', text: 'Your job alert is set.' },
  'alert-saved': { kind: 'success', text: 'Your job alert is saved.' },
  'alert-paused': { kind: 'info', text: 'Alert paused. You will get no mail for it until you resume it.' },
  'alert-resumed': { kind: 'success', text: 'Alert resumed.' },
  'alert-deleted': { kind: 'info', text: 'Alert deleted.' },
  'plus-active': { kind: 'success', text: 'Plus is active. Thank you!' },
  'checkout-cancelled': { kind: 'info', text: 'Checkout was cancelled; nothing was charged.' },
  'already-plus': { kind: 'info', text: 'You are already on Plus.' },
  'no-billing-account': { kind: 'info', text: 'You have no billing account yet: it starts with your first upgrade to Plus.' },
  unsubscribed: { kind: 'success', text: 'Done: that alert is paused.' },
  'listing-created': { kind: 'success', text: 'The listing is saved as a draft. Publish it when it is ready.' },
  'listing-saved': { kind: 'success', text: 'The listing is saved.' },
  'listing-published': { kind: 'success', text: 'The listing is published.' },
  'listing-closed': { kind: 'info', text: 'The listing is closed: it takes no more applications.' },
  'listing-deleted': { kind: 'info', text: 'The listing is deleted.' },
  'listings-imported': { kind: 'success', text: 'The listings are imported as drafts.' },
  'application-moved': { kind: 'success', text: 'The application is moved and the applicant is mailed.' },
  'guide-imported': { kind: 'success', text: 'The guide is imported as a draft. Check it, then publish it.' },
  'guide-saved': { kind: 'success', text: 'The guide is saved.' },
  'guide-published': { kind: 'success', text: 'The guide is published.' },
  'guide-unpublished': { kind: 'info', text: 'The guide is unpublished: only admins can see it now.' },
  'role-changed': { kind: 'success', text: 'The role is changed; that person is signed out of the site.' },
  'alert-run-started': { kind: 'success', text: 'The run is started. Its counters update below while it goes.' },
  'consultation-started': { kind: 'success', text: 'Your question is sent. A consultant answers here, and we mail you when they do.' },
  'consultation-message-sent': { kind: 'success', text: 'Your message is sent.' },
  'consultation-closed': { kind: 'info', text: 'Conversation closed.' },
  'consultant-reply-sent': { kind: 'success', text: 'Your reply is sent; the seeker is mailed.' },
  'resume-saved': { kind: 'success', text: 'Your resume is saved.' },
  'resume-file-uploaded': { kind: 'success', text: 'Your PDF is uploaded.' },
  'resume-file-removed': { kind: 'info', text: 'Your PDF is removed. Applications you sent keep the copy they were sent with.' },
  'resume-handle-saved': { kind: 'success', text: 'Your custom resume address is saved.' },
} as const satisfies Record<string, { kind: 'success' | 'info' | 'error'; text: string }>;

export type FlashKey = keyof typeof FLASH_MESSAGES;
export interface Flash {
  kind: 'success' | 'info' | 'error';
  text: string;
}

export function flashOf(key: string | undefined): Flash | null {
  return key !== undefined && Object.hasOwn(FLASH_MESSAGES, key) ? FLASH_MESSAGES[key as FlashKey] : null;
}
