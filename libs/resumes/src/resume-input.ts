import { ResumeVisibility } from './resume-fields';

/** A resume as a client sends it (`PUT /v1/me/resume`); the DTO has checked types, lengths, dates and URLs. */
export interface ResumeInput {
  headline: string;
  summary: string;
  location?: string | null;
  skills: string[];
  experience: Array<{ title: string; company: string; start: string; end?: string | null; description?: string | null }>;
  education: Array<{ school: string; degree?: string | null; end?: string | null }>;
  links: Array<{ label: string; url: string }>;
  visibility: ResumeVisibility;
}
