import type { FleetRow } from './fleet-row';

/**
 * The one word county IT reads first for each kiosk, and why. Words are Chinese because county
 * IT works in Chinese; `state` is the stable code for scripts (`--json`).
 *   正常      it reported recently and nothing needs a person;
 *   需要关注  it reports, but something needs a look (reasons say what);
 *   失联      no heartbeat for longer than `lostAfterMinutes` (or never): since when.
 * Times are the kiosks' own clocks; a kiosk clock far off shows up as a reason, not as a crash.
 */
export type FleetState = 'ok' | 'attention' | 'lost';
export const FLEET_STATE_WORDS: Record<FleetState, string> = { ok: '正常', attention: '需要关注', lost: '失联' };

export interface FleetHealth {
  state: FleetState;
  word: string;
  reasons: string[];
  /** For 失联: the last heartbeat's time, or null when the kiosk never reported. */
  lostSince: string | null;
}

export interface FleetHealthOptions {
  now: Date;
  /** Default: three heartbeat intervals, at least 60 minutes. */
  lostAfterMinutes?: number;
}

const HOUR = 3_600_000;
const LOW_DISK_MB = 1024;
const STALE_SYNC_HOURS = 24;

export function fleetHealth(row: FleetRow, options: FleetHealthOptions): FleetHealth {
  const now = options.now.getTime();
  const lostAfter = (options.lostAfterMinutes ?? Math.max(60, 3 * (row.intervalMinutes ?? 15))) * 60_000;
  const sent = row.sentAt === null ? NaN : Date.parse(row.sentAt);
  if (Number.isNaN(sent)) return { state: 'lost', word: FLEET_STATE_WORDS.lost, reasons: ['从未收到心跳 (no heartbeat ever)'], lostSince: null };
  if (now - sent > lostAfter) {
    return { state: 'lost', word: FLEET_STATE_WORDS.lost, reasons: [`最后心跳 ${row.sentAt} (last heartbeat)`], lostSince: row.sentAt };
  }
  const reasons: string[] = [];
  if (row.configProblem) reasons.push(`配置被拒绝: ${row.configProblem}`);
  if (row.updateState === 'refused') reasons.push(`更新被拒绝: ${row.updateRefusal ?? 'unknown'}`);
  if (row.updateState === 'rolled-back') reasons.push(`新版本启动失败，已回退: ${row.updateRefusal ?? ''}`.trim());
  if ((row.quarantined ?? 0) > 0) reasons.push(`${row.quarantined} 条记录被县里拒收 (quarantined)`);
  const lastSync = row.lastGoodSync === null ? NaN : Date.parse(row.lastGoodSync);
  const pendingTotal = row.pending ? row.pending.reports + row.pending.scans + row.pending.blobs : 0;
  if (pendingTotal > 0 && (Number.isNaN(lastSync) || now - lastSync > STALE_SYNC_HOURS * HOUR)) {
    reasons.push(`${pendingTotal} 项等待同步，${Number.isNaN(lastSync) ? '从未同步成功' : `上次成功同步 ${row.lastGoodSync}`}`);
  }
  if (row.freeDiskMb !== null && row.freeDiskMb < LOW_DISK_MB) reasons.push(`磁盘空间不足: ${row.freeDiskMb} MB`);
  for (const [device, status] of Object.entries(row.devices ?? {})) if (status === 'missing') reasons.push(`设备未连接: ${device}`);
  if (row.lastError && row.lastErrorAt !== null && now - Date.parse(row.lastErrorAt) < STALE_SYNC_HOURS * HOUR) reasons.push(`最近错误: ${row.lastError}`);
  if (sent - now > HOUR) reasons.push(`终端时钟超前 (kiosk clock ahead): ${row.sentAt}`);
  return reasons.length > 0
    ? { state: 'attention', word: FLEET_STATE_WORDS.attention, reasons, lostSince: null }
    : { state: 'ok', word: FLEET_STATE_WORDS.ok, reasons: [], lostSince: null };
}
