import { CareerGuide } from './career-guide.entity';
import { GuideUpdate } from './career-guides.repository';
import { GuideChanges } from './guide-write.types';
import { withoutUndefined } from './without-undefined.util';

/** The column values of a patch: given fields replace, `stats` and `skills` merge into the current ones. */
export function mergeGuideChanges(current: Pick<CareerGuide, 'stats' | 'skills'>, changes: GuideChanges): GuideUpdate {
  const { stats, skills, ...rest } = changes;
  const update: GuideUpdate = withoutUndefined(rest);
  if (stats) update.stats = { ...current.stats, ...withoutUndefined(stats) };
  if (skills) update.skills = { ...current.skills, ...withoutUndefined(skills) };
  return update;
}
