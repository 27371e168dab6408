/** The largest CV accepted (SPEC §14: 2 MB). */
export const RESUME_FILE_MAX_BYTES = 2 * 1024 * 1024;
