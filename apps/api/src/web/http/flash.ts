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
} as const satisfies Record<string, { kind: 'success' | 'info' | 'error'; text: string }>;

export type FlashKey = keyof typeof FLASH_MESSAGES;
export interface Flash {
  kind: 'success' | 'info' | 'error';
  text: string;
}

export function flashOf(key: string | undefined): Flash | null {
  return key !== undefined && Object.hasOwn(FLASH_MESSAGES, key) ? FLASH_MESSAGES[key as FlashKey] : null;
}
