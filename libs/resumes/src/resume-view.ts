import { ResumeEducation, ResumeExperience, ResumeLink, ResumeVisibility } from './resume-fields';

/** The stored CV's metadata (never its bytes). */
export interface ResumeFileView {
  id: string;
  contentType: 'application/pdf';
  byteSize: number;
  sha256: string;
  uploadedAt: string;
}

/** What a resume says: the part kept in an application's snapshot. */
export interface ResumeContent {
  headline: string;
  /** Markdown as written. */
  summary: string;
  /** `summary` rendered with the listings' sanitizer. */
  summaryHtml: string;
  location: string | null;
  skills: string[];
  experience: ResumeExperience[];
  education: ResumeEducation[];
  links: ResumeLink[];
}

/** The owner's resume (`GET /v1/me/resume`, and what other libs read through ResumesService.findForUser). */
export interface ResumeView extends ResumeContent {
  id: string;
  userId: string;
  visibility: ResumeVisibility;
  /** The custom URL's handle as chosen; it answers only while the owner is Plus (`handleActive`). */
  handle: string | null;
  handleActive: boolean;
  /** Pinned first and marked in the directory: the owner's featuredResume entitlement. */
  featured: boolean;
  file: ResumeFileView | null;
  createdAt: string;
  updatedAt: string;
}

/** The resume as it was when an application attached it. */
export interface ResumeSnapshot extends ResumeContent {
  resumeId: string;
  takenAt: string;
}

/** A public resume as anyone sees it (directory and `/r/…`). */
export interface PublicResumeView extends ResumeContent {
  id: string;
  /** The owner's name as on their account. */
  name: string;
  /** Only while the owner is Plus. */
  handle: string | null;
  featured: boolean;
  updatedAt: string;
}

/** One card of the talent directory. */
export interface TalentItemView {
  id: string;
  name: string;
  headline: string;
  location: string | null;
  skills: string[];
  handle: string | null;
  featured: boolean;
  updatedAt: string;
}
