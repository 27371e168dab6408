import { FastifyRequest } from 'fastify';
import { DomainError, ErrorCode } from '@app/common';
import { Viewer } from './viewer';

/** The signed-in person of a page that needs one; nobody → the login form (and back here after it). */
export function signedIn(request: FastifyRequest): Viewer {
  if (!request.viewer) throw new DomainError(ErrorCode.Unauthenticated, 'Log in to see this page');
  return request.viewer;
}
