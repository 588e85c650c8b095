import type { TestCouch } from '../../../support/couch';

/** Documents the county writes (as a server admin, like the county CLI) into a kiosk's databases. */
export function policyDoc(id: string) {
  return {
    _id: id,
    type: 'policy',
    title: { zh: '农村低保政策' },
    body: { zh: '## 申请条件\n\n家庭人均收入低于当地标准。' },
    category: 'pension',
    tags: ['低保'],
    updatedAt: '2025-03-01T00:00:00Z',
  };
}

export function kioskConfigDoc(village: string) {
  return { _id: 'kiosk-config', type: 'kiosk_config', village, config: { idleTimeoutSeconds: 90 }, updatedAt: '2025-03-01T00:00:00Z' };
}

/** A county answer: only county-owned fields change (validate-village.js enforces it for county staff). */
export async function answerReport(couch: TestCouch, db: string, id: string, status: 'received' | 'in_progress' | 'resolved', reply?: string): Promise<void> {
  await couch.admin.upsertDoc(db, id, (current) => {
    if (!current) throw new Error(`county: no report ${id} in ${db}`);
    const history = Array.isArray(current['statusHistory']) ? (current['statusHistory'] as unknown[]) : [];
    return {
      ...current,
      status,
      statusHistory: [...history, { status, at: '2025-03-05T10:00:00Z' }],
      ...(reply ? { countyReply: { zh: reply, at: '2025-03-05T10:00:00Z' } } : {}),
    };
  });
}
