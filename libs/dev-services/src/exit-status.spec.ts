import { describe, it } from 'node:test';
import { expect } from 'expect';
import { describeExit } from './exit-status';

describe('describeExit', () => {
  it('names the signal, also when a shell reports it as status 128 + N', () => {
    expect(describeExit({ code: null, signal: 'SIGTERM' })).toBe('killed by SIGTERM');
    expect(describeExit({ code: 137, signal: null })).toBe('killed by SIGKILL');
    expect(describeExit({ code: 1, signal: null })).toBe('exit code 1');
  });
});
