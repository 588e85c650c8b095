import { createHash } from 'node:crypto';
import type { FleetEntry } from './fleet-entries';
import { FLEET_STATE_WORDS, type FleetState } from './fleet-status';

/**
 * `county fleet --html FILE`: one self-contained page county IT can open anywhere — mailed,
 * on a USB stick, offline. No scripts, no external fonts, styles or images, so it needs nothing
 * and leaks nothing; every value is escaped because kiosks write the heartbeats it shows.
 */
const STATES: FleetState[] = ['lost', 'attention', 'ok'];
const COLORS: Record<FleetState, string> = { ok: '#0b5d1e', attention: '#7a4a00', lost: '#8b0000' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function renderFleetHtml(entries: readonly FleetEntry[], generatedAt: Date): string {
  const e = escapeHtml;
  const badge = (state: FleetState) => `<span class="state ${state}">${e(FLEET_STATE_WORDS[state])}</span>`;
  const groups = new Map<string, Map<string, Record<FleetState, number>>>();
  for (const entry of entries) {
    const villages = groups.get(entry.town) ?? new Map<string, Record<FleetState, number>>();
    const counts = villages.get(entry.village) ?? { ok: 0, attention: 0, lost: 0 };
    counts[entry.health.state] += 1;
    villages.set(entry.village, counts);
    groups.set(entry.town, villages);
  }
  const overview = [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'zh-CN'))
    .map(([town, villages]) => {
      const items = [...villages.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([village, counts]) => `<li data-village="${e(village)}"><b>${e(village)}</b> ${STATES.filter((s) => counts[s] > 0).map((s) => `${badge(s)} ${counts[s]}`).join(' ')}</li>`)
        .join('');
      return `<section class="town"><h3>${e(town)}</h3><ul>${items}</ul></section>`;
    })
    .join('');
  const totals = STATES.map((s) => `${badge(s)} ${entries.filter((entry) => entry.health.state === s).length}`).join(' ');
  const rows = entries
    .map((entry) => {
      const { row, health } = entry;
      const since = health.lostSince ?? (health.state === 'lost' ? '从未' : '');
      return `<tr data-kiosk="${e(row.kiosk)}" data-state="${health.state}"><td>${e(row.kiosk)}</td><td>${e(entry.town)}</td><td>${e(row.village)}</td><td>${badge(health.state)}${since ? ` <small>自 ${e(since)}</small>` : ''}</td><td>${e(row.version)}</td><td>${e(row.lastGoodSync ?? '—')}</td><td>${e(row.updateState ?? '—')}</td><td>${health.reasons.map((r) => `<div>${e(r)}</div>`).join('')}</td></tr>`;
    })
    .join('\n');
  const style = `
body{font-family:sans-serif;margin:1.5rem;color:#111;background:#fff;font-size:18px}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.4rem .6rem;text-align:left;vertical-align:top}
th{background:#eee}.state{font-weight:bold;padding:0 .3rem;color:#fff;border-radius:3px}
${STATES.map((s) => `.state.${s}{background:${COLORS[s]}}`).join('')}
.towns{display:flex;flex-wrap:wrap;gap:1rem}.town{border:1px solid #999;padding:.5rem 1rem}ul{padding-left:1rem}
`;
  // The one style block is allowed by its hash: nothing injected into a cell could add styles or scripts.
  const styleHash = createHash('sha256').update(style).digest('base64');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-${styleHash}'">
<title>终端状态 Fleet status</title>
<style>${style}</style></head><body>
<h1>终端状态 <small>Fleet status</small></h1>
<p>生成时间 ${e(generatedAt.toISOString())} · 共 ${entries.length} 台 · ${totals}</p>
<h2>按乡镇和村 Overview by town and village</h2>
<div class="towns">${overview || '<p>没有终端</p>'}</div>
<h2>终端列表 Kiosks</h2>
<table><thead><tr><th>终端</th><th>乡镇</th><th>村</th><th>状态</th><th>版本</th><th>上次成功同步</th><th>更新</th><th>原因</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<p><small>时间为各终端自己的时钟。Times are the kiosks' own clocks.</small></p>
</body></html>
`;
}
