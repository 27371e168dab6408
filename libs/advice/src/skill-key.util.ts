/**
 * Other spellings people use for a skill, and the one name they fold to. The read model folds listing tags with the
 * SQL function skill_key (migration AdviceSkillAliases), whose skill_aliases() must list the same pairs (a test checks
 * it): a change here needs a migration that replaces skill_aliases().
 */
export const SKILL_ALIASES: Readonly<Record<string, string>> = {
  golang: 'go',
  postgresql: 'postgres',
  k8s: 'kubernetes',
  nodejs: 'node.js',
  node: 'node.js',
  'amazon web services': 'aws',
  'google cloud platform': 'gcp',
  'google cloud': 'gcp',
  js: 'javascript',
  ts: 'typescript',
};

/** How a skill is compared with a listing's tags and a guide's items: lower case, single spaces, known aliases folded. */
export function skillKey(skill: string): string {
  const key = skill.trim().toLowerCase().replace(/\s+/g, ' ');
  return SKILL_ALIASES[key] ?? key;
}
