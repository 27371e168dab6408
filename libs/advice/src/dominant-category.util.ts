/** The category most of the ranked items share; a tie goes to the one ranked higher first. Null for no items. */
export function dominantCategory(categories: string[]): string | null {
  const counts = new Map<string, number>();
  for (const category of categories) counts.set(category, (counts.get(category) ?? 0) + 1);
  let best: string | null = null;
  for (const category of categories) {
    if (best === null || counts.get(category)! > counts.get(best)!) best = category;
  }
  return best;
}
