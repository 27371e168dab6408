/** Thrown by `repairMojibake` when mojibake is still present after repair; the text must not be stored. */
export class UnrepairableMojibakeError extends Error {
  constructor(readonly sample: string) {
    super(`text contains mojibake (garbled characters) that could not be repaired, near ${JSON.stringify(sample)}`);
    this.name = 'UnrepairableMojibakeError';
  }
}
