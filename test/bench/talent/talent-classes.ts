/** What the talent benchmark asks: each class is one kind of directory request. */
export interface TalentClass {
  name: string;
  query: Record<string, string>;
}

export function talentClasses(deepCursor: string): TalentClass[] {
  return [
    { name: 'first page', query: {} },
    { name: 'deep page (cursor after 10 000)', query: { cursor: deepCursor } },
    { name: 'q: common title word', query: { q: 'developer' } },
    { name: 'q: rare word', query: { q: 'quokka' } },
    { name: 'skill', query: { skill: 'rust' } },
    { name: 'region', query: { region: 'Berlin' } },
    { name: 'q + skill + region', query: { q: 'engineer', skill: 'go', region: 'Lisbon' } },
  ];
}
