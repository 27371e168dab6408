import { COMMON_REGIONS } from '@app/jobs';
import { AdviceAlertCriteria, AdviceProfile, AdviceResume, PROFILE_LIMITS, SalaryFloor } from './advice-profile';
import { skillKey } from './skill-key.util';

const unique = <T>(values: T[], limit: number): T[] => [...new Set(values)].slice(0, limit);

/** Letters and digits runs, lower case, of at least two characters (websearch operators and punctuation fall away). */
function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}+#.]*[\p{L}\p{N}+#]|[\p{L}\p{N}]{2,}/gu) ?? []).filter((w) => w.length >= 2);
}

/** A region named in the resume's location ("Berlin, Europe" → Europe), matched as a whole word. */
function regionsIn(location: string | null): string[] {
  if (!location) return [];
  return COMMON_REGIONS.filter((region) => region !== 'Anywhere' && new RegExp(`\\b${region}\\b`, 'i').test(location));
}

/**
 * The profile advice ranks for: the resume's skills, headline, latest experience titles and location, then what the
 * alerts ask for (tags as skills, keywords as words, region, remote, salary floors, categories). Without a resume the
 * alerts alone shape it.
 */
export function buildAdviceProfile(resume: AdviceResume | null, alerts: AdviceAlertCriteria[]): AdviceProfile {
  const resumeSkills = unique((resume?.skills ?? []).map(skillKey).filter(Boolean), PROFILE_LIMITS.skills);
  const alertSkills = alerts.flatMap((alert) => (alert.tags ?? []).map(skillKey));
  const titles = (resume?.experience ?? []).slice(0, PROFILE_LIMITS.experienceTitles).map((job) => job.title);
  const texts = [resume?.headline ?? '', ...titles, ...alerts.map((alert) => (alert.q ?? '').replace(/(^|\s)-\S+/g, ' '))];
  const floors: SalaryFloor[] = alerts
    .filter((alert) => alert.salaryMin !== undefined)
    .map((alert) => ({ amount: alert.salaryMin!, ...(alert.currency ? { currency: alert.currency } : {}) }));
  return {
    hasResume: resume !== null,
    skills: unique([...resumeSkills, ...alertSkills], PROFILE_LIMITS.skills),
    resumeSkills,
    words: unique(texts.flatMap(wordsOf), PROFILE_LIMITS.words),
    regions: unique(
      [...regionsIn(resume?.location ?? null), ...alerts.flatMap((alert) => (alert.region ? [alert.region] : []))],
      PROFILE_LIMITS.regions,
    ),
    remote: alerts.some((alert) => alert.remote === true),
    salaryFloors: unique(
      floors.map((floor) => JSON.stringify(floor)),
      PROFILE_LIMITS.salaryFloors,
    ).map((text) => JSON.parse(text) as SalaryFloor),
    categories: unique(
      alerts.flatMap((alert) => (alert.category ? [alert.category] : [])),
      PROFILE_LIMITS.categories,
    ),
    alerts: alerts.length,
  };
}
