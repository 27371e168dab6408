import { VersioningOptions, VersioningType } from '@nestjs/common';

/** Routes are served under `/v1/...` (`@Controller('jobs')` → `/v1/jobs`). */
export const API_VERSIONING: VersioningOptions = { type: VersioningType.URI, defaultVersion: '1' };
