import { ResumeEducation, ResumeExperience, ResumeLink, ResumeVisibility } from './resume-fields';

/** A resume as the repository's statements return it (snake_case columns, the file's metadata joined). */
export interface ResumeRow {
  id: string;
  user_id: string;
  headline: string;
  summary: string;
  summary_html: string;
  location: string | null;
  skills: string[];
  experience: ResumeExperience[];
  education: ResumeEducation[];
  links: ResumeLink[];
  visibility: ResumeVisibility;
  handle: string | null;
  featured: boolean;
  file_id: string | null;
  file_byte_size: number | null;
  file_sha256: string | null;
  file_created_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

/** A public resume with its owner's name. */
export interface PublicResumeRow extends ResumeRow {
  owner_name: string;
}
