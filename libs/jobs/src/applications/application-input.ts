export const APPLICATION_LIMITS = { coverLetterMaxLength: 10_000, resumeUrlMaxLength: 2_000 } as const;

/** What a seeker sends with an application; both parts are optional. */
export interface ApplyInput {
  coverLetter?: string | null;
  resumeUrl?: string | null;
}
