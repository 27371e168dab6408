import { ResumeFileView, ResumeSnapshot } from './resume-view';
import { toResumeFileView } from './to-resume-view.util';

/** The resume an application carries: the snapshot taken at apply time and its own copy of the PDF. */
export interface AttachedResumeView {
  snapshot: ResumeSnapshot;
  file: ResumeFileView | null;
}

export interface AttachedResumeRow {
  application_id: string;
  snapshot: ResumeSnapshot;
  file_id: string | null;
  file_byte_size: number | null;
  file_sha256: string | null;
  file_created_at: Date | null;
}

/** An attachment with its PDF copy's metadata: `application_resumes a` left-joined to `resume_files f`. */
export const ATTACHED_RESUME_FROM = `SELECT a.application_id, a.snapshot, a.file_id, f.byte_size AS file_byte_size, f.sha256 AS file_sha256,
       f.created_at AS file_created_at
FROM application_resumes a LEFT JOIN resume_files f ON f.id = a.file_id`;

export function toAttachedResumeView(row: AttachedResumeRow): AttachedResumeView {
  return { snapshot: row.snapshot, file: toResumeFileView(row) };
}
