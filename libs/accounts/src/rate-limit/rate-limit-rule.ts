export interface RateLimitRule {
  /** Part of the Redis key; never change it lightly (counters in flight would be lost). */
  name: string;
  limit: number;
  windowSeconds: number;
}

/*
 * Fixed windows starting at the first counted event. Limits apply per IP and per email
 * (emails are hashed in the key). Login counts failures only, so a user who types the
 * password right is never slowed down by their own successful logins.
 */
export const AuthRateLimits = {
  loginFailuresPerEmail: { name: 'login-fail-email', limit: 10, windowSeconds: 15 * 60 },
  loginFailuresPerIp: { name: 'login-fail-ip', limit: 30, windowSeconds: 15 * 60 },
  signupPerIp: { name: 'signup-ip', limit: 20, windowSeconds: 60 * 60 },
  signupPerEmail: { name: 'signup-email', limit: 5, windowSeconds: 60 * 60 },
  forgotPerIp: { name: 'forgot-ip', limit: 20, windowSeconds: 60 * 60 },
  forgotPerEmail: { name: 'forgot-email', limit: 5, windowSeconds: 60 * 60 },
} satisfies Record<string, RateLimitRule>;
