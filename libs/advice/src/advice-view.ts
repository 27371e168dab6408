import { RankedListing } from './ranking/advice-ranking.query';
import { SkillGap } from './gap/skill-gap';

/** `ready`: a resume was read; `no_resume`: the user has none yet (alerts alone shape the advice). */
export type AdviceState = 'ready' | 'no_resume';

export const ADD_RESUME_MESSAGE = 'Add your resume (skills, headline and experience) so advice can match listings to you';

/** GET /v1/me/advice. */
export interface AdviceView {
  state: AdviceState;
  /** What is missing, in words; null when nothing is. */
  message: string | null;
  /** What the ranking used, so a person can see where the reasons come from. */
  basedOn: { skills: string[]; words: string[]; regions: string[]; activeAlerts: number };
  items: RankedListing[];
  skillGap: SkillGap | null;
}
