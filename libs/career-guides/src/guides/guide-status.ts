export const GUIDE_STATUSES = ['draft', 'published', 'archived'] as const;

/** `draft` until first published; `archived` once unpublished. Only `published` guides are public. */
export type GuideStatus = (typeof GUIDE_STATUSES)[number];
