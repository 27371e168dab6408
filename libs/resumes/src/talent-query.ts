/** `GET /v1/talent` after the DTO: every filter optional. */
export interface TalentQuery {
  q?: string;
  skill?: string;
  region?: string;
  limit: number;
  cursor?: string;
}

/** Where a directory page ended: the sort key of its last resume. */
export interface TalentPosition extends Record<string, unknown> {
  f: boolean;
  u: string;
  i: string;
}

export function isTalentPosition(value: unknown): value is TalentPosition {
  const v = value as Partial<TalentPosition> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.f === 'boolean' &&
    typeof v.u === 'string' &&
    !Number.isNaN(Date.parse(v.u)) &&
    typeof v.i === 'string' &&
    /^[0-9a-f-]{36}$/i.test(v.i)
  );
}
