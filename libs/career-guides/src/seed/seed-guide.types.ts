import { GuideDraft } from '../guides/guide-write.types';

/** A demo guide: complete content under a fixed slug, so seeding twice finds it again. */
export type SeedGuide = GuideDraft & { slug: string };
