import { describe, it } from 'node:test';
import { expect } from 'expect';
import { threadAfterMessage } from './thread-after-message.util';

describe('threadAfterMessage', () => {
  const earlier = new Date('2026-03-01T09:00:00.000Z');
  const now = new Date('2026-03-01T10:00:00.000Z');

  it('puts an answered thread back in the queue, waiting since the new seeker message', () => {
    expect(threadAfterMessage({ status: 'answered', waitingSince: null }, 'seeker', now)).toEqual({ status: 'open', waitingSince: now });
  });

  it('keeps a waiting thread in its place when the seeker adds to it', () => {
    expect(threadAfterMessage({ status: 'open', waitingSince: earlier }, 'seeker', now)).toEqual({ status: 'open', waitingSince: earlier });
  });

  it("marks a thread answered, out of the queue, on the consultant's reply", () => {
    expect(threadAfterMessage({ status: 'open', waitingSince: earlier }, 'consultant', now)).toEqual({
      status: 'answered',
      waitingSince: null,
    });
  });
});
