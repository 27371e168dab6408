import fc from 'fast-check';

/** `arbitrary` with the given chance (0–1), else the constant `otherwise`. */
export function withChance<T, U>(chance: number, arbitrary: fc.Arbitrary<T>, otherwise: U): fc.Arbitrary<T | U> {
  const weight = Math.round(chance * 1000);
  return fc.oneof({ weight, arbitrary }, { weight: 1000 - weight, arbitrary: fc.constant(otherwise) });
}
