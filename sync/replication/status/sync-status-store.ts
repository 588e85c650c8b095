import { BehaviorSubject, distinctUntilChanged, type Observable } from 'rxjs';
import { deepEqual } from '../transport/couch-doc-mapping';
import { describeFailure, type FailureKind } from '../retry/sync-failure';
import { isAllSent, overallState, type PendingCounts, type SyncStatus } from './sync-status';

/**
 * Gathers what the running sync knows (failures per request kind, activity, pending counts,
 * quarantine) into one SyncStatus and publishes it when it changes.
 *
 * A failure is remembered per label ("push reports", "watch village-x-config") until that
 * same kind of request succeeds: one healthy request must not hide another that keeps failing.
 * `lastGoodSyncAt` is stamped when the sync becomes idle with no failure outstanding.
 */
export interface StatusInputs {
  pending(): PendingCounts;
  quarantined(): number;
  /** Of those, the kiosk's own documents the server refused (they are not sent). */
  refused(): number;
  active(): boolean;
}

const MAX_RECENT_ERRORS = 10;

export class SyncStatusStore {
  private readonly failures = new Map<string, FailureKind>();
  private lastError: SyncStatus['lastError'];
  private lastGoodSyncAt: string | undefined;
  private previousState: SyncStatus['state'] | undefined;
  /** "Idle" means nothing before the sync has started and one request has succeeded. */
  private started = false;
  private succeededOnce = false;
  private readonly recentErrors: { at: string; message: string }[] = [];
  private readonly subject: BehaviorSubject<SyncStatus>;
  readonly status$: Observable<SyncStatus>;

  constructor(
    private readonly inputs: StatusInputs,
    private readonly now: () => Date,
  ) {
    this.subject = new BehaviorSubject(this.compute());
    this.status$ = this.subject.pipe(distinctUntilChanged<SyncStatus>(deepEqual));
  }

  get current(): SyncStatus {
    return this.subject.getValue();
  }

  /** The latest errors, newest last, for the heartbeat. */
  get errors(): readonly { at: string; message: string }[] {
    return this.recentErrors;
  }

  failed(label: string, kind: FailureKind, error: unknown): void {
    this.failures.set(label, kind);
    const at = this.now().toISOString();
    const message = describeFailure(error);
    this.lastError = { kind, message, at };
    this.recentErrors.push({ at, message: `${label}: ${message}`.slice(0, 500) });
    if (this.recentErrors.length > MAX_RECENT_ERRORS) this.recentErrors.shift();
    this.refresh();
  }

  succeeded(label: string): void {
    const first = !this.succeededOnce;
    this.succeededOnce = true;
    if (this.failures.delete(label) || first) this.refresh();
  }

  /** Called once every replication is wired: until then the state is 'syncing'. */
  markStarted(): void {
    this.started = true;
    this.refresh();
  }

  refresh(): void {
    this.subject.next(this.compute());
  }

  private compute(): SyncStatus {
    const pending = this.inputs.pending();
    const quarantined = this.inputs.quarantined();
    const settled = this.started && this.succeededOnce;
    const state = overallState({ failures: [...this.failures.values()], active: !settled || this.inputs.active(), pending });
    if (state === 'idle' && this.previousState !== 'idle') this.lastGoodSyncAt = this.now().toISOString();
    this.previousState = state;
    return {
      state,
      pending,
      quarantined,
      ...(this.lastGoodSyncAt !== undefined ? { lastGoodSyncAt: this.lastGoodSyncAt } : {}),
      ...(this.lastError !== undefined ? { lastError: this.lastError } : {}),
      allSent: isAllSent(pending, this.inputs.refused()),
    };
  }
}
