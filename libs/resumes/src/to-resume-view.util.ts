import { ResumeRow } from './resume-row';
import { ResumeContent, ResumeFileView, ResumeView } from './resume-view';

export function toResumeContent(row: ResumeRow): ResumeContent {
  return {
    headline: row.headline,
    summary: row.summary,
    summaryHtml: row.summary_html,
    location: row.location,
    skills: row.skills,
    experience: row.experience,
    education: row.education,
    links: row.links,
  };
}

export function toResumeFileView(
  row: Pick<ResumeRow, 'file_id' | 'file_byte_size' | 'file_sha256' | 'file_created_at'>,
): ResumeFileView | null {
  if (row.file_id === null) return null;
  return {
    id: row.file_id,
    contentType: 'application/pdf',
    byteSize: row.file_byte_size!,
    sha256: row.file_sha256!,
    uploadedAt: row.file_created_at!.toISOString(),
  };
}

/** `handleActive`: whether the handle answers now, i.e. the owner may have a custom URL. */
export function toResumeView(row: ResumeRow, handleActive: boolean): ResumeView {
  return {
    id: row.id,
    userId: row.user_id,
    ...toResumeContent(row),
    visibility: row.visibility,
    handle: row.handle,
    handleActive: handleActive && row.handle !== null,
    featured: row.featured,
    file: toResumeFileView(row),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
