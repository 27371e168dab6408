/** The resume columns every read returns (ResumeRow), the CV's metadata joined. */
export const RESUME_COLUMNS = `r.id, r.user_id, r.headline, r.summary, r.summary_html, r.location, r.skills, r.experience,
  r.education, r.links, r.visibility, r.handle, r.featured, r.file_id, f.byte_size AS file_byte_size,
  f.sha256 AS file_sha256, f.created_at AS file_created_at, r.created_at, r.updated_at`;

const FROM = `FROM resumes r LEFT JOIN resume_files f ON f.id = r.file_id`;

export const RESUME_SQL = {
  ofUser: `SELECT ${RESUME_COLUMNS} ${FROM} WHERE r.user_id = $1`,
  publicById: `SELECT ${RESUME_COLUMNS}, u.name AS owner_name ${FROM} JOIN users u ON u.id = r.user_id
    WHERE r.id = $1 AND r.visibility = 'public'`,
  publicByHandle: `SELECT ${RESUME_COLUMNS}, u.name AS owner_name ${FROM} JOIN users u ON u.id = r.user_id
    WHERE lower(r.handle) = lower($1) AND r.visibility = 'public'`,
  upsert: `INSERT INTO resumes (user_id, headline, summary, summary_html, location, skills, experience, education, links,
      visibility, featured)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
    ON CONFLICT (user_id) DO UPDATE SET headline = EXCLUDED.headline, summary = EXCLUDED.summary,
      summary_html = EXCLUDED.summary_html, location = EXCLUDED.location, skills = EXCLUDED.skills,
      experience = EXCLUDED.experience, education = EXCLUDED.education, links = EXCLUDED.links,
      visibility = EXCLUDED.visibility, featured = EXCLUDED.featured, updated_at = now()
    RETURNING id`,
  setHandle: `UPDATE resumes SET handle = $2, updated_at = now() WHERE user_id = $1 RETURNING id`,
  setFeatured: `UPDATE resumes SET featured = $2 WHERE user_id = $1 AND featured IS DISTINCT FROM $2`,
  setFile: `UPDATE resumes SET file_id = $2, updated_at = now() WHERE user_id = $1`,
  lockOfUser: `SELECT id, file_id FROM resumes WHERE user_id = $1 FOR UPDATE`,
  eraseOfUser: `DELETE FROM resumes WHERE user_id = $1`,
};
