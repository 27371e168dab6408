/*
 * Job-listing categories (as used by the listings) and words of a role title that point at them,
 * most specific first: "Data Engineer" is data, "DevOps Engineer" devops, only then "… Engineer" engineering.
 */
const RULES: ReadonlyArray<[category: string, words: RegExp]> = [
  ['devops', /\b(devops|dev ops|site reliability|sre|cloud|infrastructure|kubernetes|security|platform engineer)/],
  ['data', /\b(data|machine learning|ml|ai engineer|analytics|analyst|statistic)/],
  ['design', /\b(design|ux|ui|user research)/],
  ['product', /\b(product manager|product owner|product lead)/],
  ['sales', /\b(sales|account executive|business development)/],
  ['marketing', /\b(marketing|seo|growth|brand|social media)/],
  ['customer-support', /\b(support|customer success|help ?desk)/],
  ['finance', /\b(finance|accountant|accounting|controller|bookkeep)/],
  ['hr', /\b(recruit|talent|human resources|hr|people partner|people operations)/],
  ['writing', /\b(writer|writing|editor|copy|content)/],
  ['operations', /\b(operations|office manager|project manager|program manager)/],
  ['engineering', /\b(developer|engineer|programmer|software|backend|back-end|frontend|front-end|full[- ]?stack|mobile|architect)/],
];

/** The listing category a guide's title points at (`Backend Developer Career Path Guide` → `engineering`), or null. */
export function inferJobCategory(title: string): string | null {
  const text = title.toLowerCase();
  return RULES.find(([, words]) => words.test(text))?.[0] ?? null;
}
