/** The parts of a resume as the seeker writes them (SPEC §14); dates are `YYYY-MM`. */
export type ResumeVisibility = 'private' | 'public';

export const RESUME_VISIBILITIES: readonly ResumeVisibility[] = ['private', 'public'];

export interface ResumeExperience {
  title: string;
  company: string;
  start: string;
  end: string | null;
  description: string | null;
}

export interface ResumeEducation {
  school: string;
  degree: string | null;
  end: string | null;
}

export interface ResumeLink {
  label: string;
  url: string;
}

/** At most this many skills per resume, counted after normalisation. */
export const MAX_RESUME_SKILLS = 50;

/** A month as `YYYY-MM`. */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
