import { AlertDigestStatus } from '../entities/alert-digest.entity';
import { DigestSection } from '../matching/digest-section';

/** A digest built in memory for one user of a batch, before it is committed. */
export interface DigestDraft {
  userId: string;
  periodKey: string;
  status: Extract<AlertDigestStatus, 'pending' | 'empty' | 'skipped'>;
  sections: DigestSection[];
  /** Alerts served (their cursors advance with the digest). */
  servedAlertIds: string[];
}

export interface CommittedDigest {
  id: string;
  userId: string;
  status: DigestDraft['status'];
}
