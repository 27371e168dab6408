import { describe, it } from 'node:test';
import { expect } from 'expect';
import { DomainError, ErrorCode } from '@app/common';
import { APPLICATION_STATUSES, ApplicationStatus } from './application-status';
import { allowedStatusMoves } from './allowed-status-moves.util';
import { checkStatusTransition } from './check-status-transition.util';

function rejects(from: ApplicationStatus, to: ApplicationStatus, actor: 'admin' | 'seeker'): boolean {
  try {
    checkStatusTransition(from, to, actor);
    return false;
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe(ErrorCode.BusinessRule);
    return true;
  }
}

describe('application status machine', () => {
  it('lets an admin walk the review path one step at a time up to hired', () => {
    const path: ApplicationStatus[] = ['submitted', 'reviewing', 'interviewing', 'offered', 'hired'];
    for (let i = 1; i < path.length; i++) expect(checkStatusTransition(path[i - 1]!, path[i]!, 'admin')).toBe(true);
  });

  it('refuses skipped steps and moves backwards', () => {
    expect(rejects('submitted', 'interviewing', 'admin')).toBe(true);
    expect(rejects('submitted', 'hired', 'admin')).toBe(true);
    expect(rejects('offered', 'reviewing', 'admin')).toBe(true);
    expect(rejects('reviewing', 'submitted', 'admin')).toBe(true);
  });

  it('lets an admin reject from every open state and nothing leave a final state', () => {
    for (const from of ['submitted', 'reviewing', 'interviewing', 'offered'] as const) {
      expect(checkStatusTransition(from, 'rejected', 'admin')).toBe(true);
    }
    for (const from of ['hired', 'rejected', 'withdrawn'] as const) {
      for (const to of APPLICATION_STATUSES.filter((s) => s !== from)) {
        expect(rejects(from, to, 'admin')).toBe(true);
        expect(rejects(from, to, 'seeker')).toBe(true);
      }
    }
  });

  it('keeps withdrawing for the seeker and reviewing for the admin', () => {
    expect(checkStatusTransition('interviewing', 'withdrawn', 'seeker')).toBe(true);
    expect(rejects('submitted', 'withdrawn', 'admin')).toBe(true);
    expect(rejects('submitted', 'reviewing', 'seeker')).toBe(true);
    expect(rejects('submitted', 'rejected', 'seeker')).toBe(true);
  });

  it('reports an unchanged status as nothing to do, even for a final state', () => {
    expect(checkStatusTransition('reviewing', 'reviewing', 'admin')).toBe(false);
    expect(checkStatusTransition('withdrawn', 'withdrawn', 'seeker')).toBe(false);
  });
});

describe('allowedStatusMoves', () => {
  it('offers an admin the next review step and rejection while open, nothing once final', () => {
    expect(allowedStatusMoves('submitted', 'admin')).toEqual(['reviewing', 'rejected']);
    expect(allowedStatusMoves('offered', 'admin')).toEqual(['hired', 'rejected']);
    expect(allowedStatusMoves('hired', 'admin')).toEqual([]);
    expect(allowedStatusMoves('interviewing', 'seeker')).toEqual(['withdrawn']);
  });
});
