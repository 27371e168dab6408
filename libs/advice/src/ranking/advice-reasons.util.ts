import { categoryName } from '@app/jobs';
import { AdviceProfile } from '../advice-profile';

export interface AdviceFacts {
  remote: boolean;
  category: string;
  sharedSkills: string[];
  titleWords: string[];
  regions: string[];
  salaryFit: boolean;
  categoryFit: boolean;
}

const list = (words: string[]) => words.join(', ');

/** The reasons a listing was picked, in words a person reads, most telling first. */
export function adviceReasons(facts: AdviceFacts, profile: AdviceProfile): string[] {
  const reasons: string[] = [];
  if (facts.sharedSkills.length > 0) {
    const inProfileOrder = [...facts.sharedSkills].sort((a, b) => profile.skills.indexOf(a) - profile.skills.indexOf(b));
    reasons.push(`matches ${facts.sharedSkills.length} of your skills: ${list(inProfileOrder)}`);
  }
  if (facts.titleWords.length > 0) {
    const inProfileOrder = [...facts.titleWords].sort((a, b) => profile.words.indexOf(a) - profile.words.indexOf(b));
    reasons.push(`the title shares ${inProfileOrder.length === 1 ? 'a word' : 'words'} with your experience: ${list(inProfileOrder)}`);
  }
  if (facts.regions.length > 0) {
    reasons.push(facts.remote ? `remote, open to ${list(facts.regions)}` : `in ${list(facts.regions)}`);
  } else if (profile.remote && facts.remote) {
    reasons.push('remote, as your alert asks');
  }
  if (facts.salaryFit) reasons.push("pays above your alert's minimum");
  if (facts.categoryFit) reasons.push(`in ${categoryName(facts.category)}, as your alert asks`);
  return reasons;
}
