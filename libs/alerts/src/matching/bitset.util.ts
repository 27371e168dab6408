/** Fixed-size bitsets over the ordinals of a fresh set (0 = newest listing). */
export type Bits = Uint32Array;

export function emptyBits(size: number): Bits {
  return new Uint32Array(Math.ceil(size / 32));
}

export function fullBits(size: number): Bits {
  const bits = emptyBits(size);
  bits.fill(0xffffffff);
  const rest = size % 32;
  if (rest > 0) bits[bits.length - 1] = (1 << rest) - 1;
  return bits;
}

export function setBit(bits: Bits, index: number): void {
  bits[index >>> 5]! |= 1 << (index & 31);
}

export function hasBit(bits: Bits, index: number): boolean {
  return (bits[index >>> 5]! & (1 << (index & 31))) !== 0;
}

/** `a ∧ b` into a new bitset. */
export function and(a: Bits, b: Bits): Bits {
  const out = new Uint32Array(a.length);
  for (let i = 0; i < a.length; i += 1) out[i] = a[i]! & b[i]!;
  return out;
}

function popcount32(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Set bits among the first `end` positions. */
export function countBelow(bits: Bits, end: number): number {
  let count = 0;
  const whole = end >>> 5;
  for (let i = 0; i < whole; i += 1) count += popcount32(bits[i]!);
  const rest = end & 31;
  if (rest > 0) count += popcount32(bits[whole]! & ((1 << rest) - 1));
  return count;
}

/** Calls `visit` with each set position below `end`, ascending, until it returns false. */
export function forEachBitBelow(bits: Bits, end: number, visit: (index: number) => boolean): void {
  for (let word = 0; word * 32 < end; word += 1) {
    let value = bits[word]!;
    while (value !== 0) {
      const low = value & -value;
      const index = word * 32 + (31 - Math.clz32(low));
      if (index >= end) return;
      if (!visit(index)) return;
      value ^= low;
    }
  }
}
