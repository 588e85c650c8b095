import { getAssumedMasterState, type RxCollection } from 'rxdb';
import type { RxReplicationState } from 'rxdb/plugins/replication';
import type { Subscription } from 'rxjs';
import { sameContent } from '../transport/couch-doc-mapping';

/**
 * Which documents of a pushed collection are not on the server in their current version.
 *
 * Source of truth: RxDB's replication meta (the "assumed master state" it records after each
 * successful push or pull), which persists with the database, read once at start. After that,
 * each document event re-checks only that document, using what this session has seen the
 * server accept (sent$) or send (received$): those events fire before RxDB writes its meta,
 * so they are the fresher record. Cost is per change, never a scan of the whole collection.
 *
 * A document the server refused is not pending: it was answered (it is counted as
 * quarantined instead).
 */
export class PendingTracker {
  private readonly pending = new Set<string>();
  private readonly serverState = new Map<string, Record<string, unknown>>();
  private readonly dirty = new Set<string>();
  private readonly subscriptions: Subscription[] = [];
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  private flushing: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly collection: RxCollection,
    private readonly replication: RxReplicationState<unknown, unknown>,
    private readonly onChange: () => void,
  ) {}

  async start(): Promise<void> {
    this.subscriptions.push(
      this.collection.$.subscribe((event) => this.markDirty(event.documentId)),
      this.replication.sent$.subscribe((doc) => this.remember(doc)),
      this.replication.received$.subscribe((doc) => this.remember(doc)),
    );
    const ids = (await this.collection.find().exec()).map((doc) => doc.primary);
    for (const id of ids) this.dirty.add(id);
    await this.flush();
  }

  get count(): number {
    return this.pending.size;
  }

  isPending(id: string): boolean {
    return this.pending.has(id);
  }

  /** Resolves once every change seen so far is accounted for. */
  async settled(): Promise<void> {
    await this.flush();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.flushTimer);
    for (const subscription of this.subscriptions) subscription.unsubscribe();
  }

  private remember(doc: Record<string, unknown>): void {
    const id = String(doc[this.collection.schema.primaryPath]);
    this.serverState.set(id, doc);
    this.markDirty(id);
  }

  private markDirty(id: string): void {
    if (this.stopped) return;
    this.dirty.add(id);
    if (this.flushTimer === undefined) {
      this.flushTimer = setTimeout(() => {
        this.flushTimer = undefined;
        void this.flush().catch(() => undefined);
      }, 100);
    }
  }

  private flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.recheck()).catch(() => undefined);
    return this.flushing;
  }

  private async recheck(): Promise<void> {
    if (this.stopped || this.dirty.size === 0) return;
    const ids = [...this.dirty];
    this.dirty.clear();
    const local = await this.collection.storageInstance.findDocumentsById(ids, false);
    const localById = new Map(local.map((doc) => [String((doc as Record<string, unknown>)[this.collection.schema.primaryPath]), doc]));
    const unknown = ids.filter((id) => localById.has(id) && !this.serverState.has(id));
    const internal = this.replication.internalReplicationState;
    if (unknown.length > 0 && internal) {
      const assumed = await getAssumedMasterState(internal as never, unknown);
      for (const [id, state] of Object.entries(assumed)) this.serverState.set(id, (state as { docData: Record<string, unknown> }).docData);
    }
    let changed = false;
    for (const id of ids) {
      const doc = localById.get(id) as Record<string, unknown> | undefined;
      const isPending = doc !== undefined && !sameContent(this.serverState.get(id), doc);
      if (isPending !== this.pending.has(id)) {
        changed = true;
        if (isPending) this.pending.add(id);
        else this.pending.delete(id);
      }
    }
    if (changed && !this.stopped) this.onChange();
  }
}
