import { HEARTBEAT_MAX_ALERTS } from '#sync/schema/heartbeat-schema';

/**
 * What this kiosk did with each emergency alert: when it was first shown and when someone
 * acknowledged it (after which the banner stays away on this kiosk). Kept in localStorage, so
 * it survives restarts; it is this kiosk's own record, never replicated as such: the heartbeat
 * reports it (`alertsShown`) so the county sees each alert's reach.
 *
 * One store per page (module state): the banner writes it, the sync's heartbeat reads it.
 */
export interface AlertReceipt {
  id: string;
  shownAt: string;
  acknowledgedAt?: string;
}

const KEY = 'kiosk.alertReceipts.v1';

type Listener = () => void;

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

function read(): Record<string, AlertReceipt> {
  try {
    const parsed: unknown = JSON.parse(storage()?.getItem(KEY) ?? '{}');
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, AlertReceipt>) : {};
  } catch {
    return {};
  }
}

let receipts: Record<string, AlertReceipt> = read();
const listeners = new Set<Listener>();

function save(): void {
  // Only the most recent receipts are worth keeping (and reporting).
  const kept = Object.values(receipts)
    .sort((a, b) => b.shownAt.localeCompare(a.shownAt))
    .slice(0, HEARTBEAT_MAX_ALERTS);
  receipts = Object.fromEntries(kept.map((r) => [r.id, r]));
  try {
    storage()?.setItem(KEY, JSON.stringify(receipts));
  } catch (error) {
    console.warn('[kiosk] cannot save alert receipts', error);
  }
  listeners.forEach((listener) => listener());
}

export const alertReceipts = {
  get(id: string): AlertReceipt | undefined {
    return receipts[id];
  },
  list(): AlertReceipt[] {
    return Object.values(receipts).map((r) => ({ ...r }));
  },
  markShown(id: string, at = new Date()): void {
    if (receipts[id]) return;
    receipts[id] = { id, shownAt: at.toISOString() };
    save();
  },
  acknowledge(id: string, at = new Date()): void {
    const current = receipts[id] ?? { id, shownAt: at.toISOString() };
    receipts[id] = { ...current, acknowledgedAt: at.toISOString() };
    save();
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Tests only. */
  clearForTests(): void {
    receipts = {};
    storage()?.removeItem(KEY);
  },
};
