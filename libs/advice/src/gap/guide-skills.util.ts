import { skillKey } from '../skill-key.util';

export interface NamedSkill {
  /** As the guide or the listings spell it. */
  name: string;
  key: string;
}

const MAX_SKILL_LENGTH = 40;

/**
 * The skills a guide's item names: "Docker" → Docker; "Python (Django, Flask)" → Python, Django, Flask;
 * "Containerization (Docker, Kubernetes)" → Containerization, Docker, Kubernetes; a head of several words before the
 * brackets ("Cloud platforms (AWS, Azure, GCP)") describes the list and is left out, as are long descriptions.
 */
export function skillsOfGuideItem(item: string): string[] {
  const match = /^(.*?)\s*\((.*)\)\s*$/.exec(item.trim());
  if (!match) return item.trim().length <= MAX_SKILL_LENGTH ? [item.trim()] : [];
  const [, head, inner] = match;
  const parts = inner!
    .split(/,|\bor\b|\band\b/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0 && part.length <= MAX_SKILL_LENGTH);
  return [...(head && !/\s/.test(head.trim()) ? [head.trim()] : []), ...parts];
}

/** The skills of a guide's tech stack and technical skills, once each (by key), in the guide's order. */
export function guideSkills(techStack: string[], technical: string[]): NamedSkill[] {
  const seen = new Set<string>();
  const skills: NamedSkill[] = [];
  for (const name of [...techStack, ...technical].flatMap(skillsOfGuideItem)) {
    const key = skillKey(name);
    if (seen.has(key)) continue;
    seen.add(key);
    skills.push({ name, key });
  }
  return skills;
}
