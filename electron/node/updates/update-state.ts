import type { UpdateRefusalCode } from './update-refusal';

/** What the heartbeat and `county fleet` learn about updates: small, bounded, no paths. */
export interface UpdateState {
  status: 'not-configured' | 'up-to-date' | 'not-in-rollout' | 'ready' | 'waiting' | 'installing' | 'refused' | 'rolled-back';
  /** The version offered or ready, when there is one. */
  version?: string | undefined;
  refusal?: { code: UpdateRefusalCode; message: string } | undefined;
  waitingFor?: 'quiet-hours' | 'idle' | 'sync' | undefined;
  rolledBack?: { from: string; to: string; at: string } | undefined;
  checkedAt?: string | undefined;
}
