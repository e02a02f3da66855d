import { REJECT_REASONS } from '../../schemas/rejects.js';

/** A stable reason code of the rejects table. */
export type RejectReason = (typeof REJECT_REASONS)[number];

/** A file that could not become an article, with a sentence a person can act on. */
export interface Rejection {
  sourceFile: string;
  reason: RejectReason;
  detail: string;
}
