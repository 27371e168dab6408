/** Trimmed, inner whitespace collapsed, empty ones dropped, unique case-insensitively (the first spelling wins). */
export function normalizeSkills(skills: string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const skill of skills) {
    const clean = skill.trim().replace(/\s+/g, ' ');
    const key = clean.toLowerCase();
    if (clean === '' || seen.has(key)) continue;
    seen.add(key);
    kept.push(clean);
  }
  return kept;
}
