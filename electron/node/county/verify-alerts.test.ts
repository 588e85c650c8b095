import { describe, expect, it } from 'vitest';
import { alert } from '#test-fixtures/docs/valid-docs';
import { signAlert } from '#sync/signing/alert-signature.node';
import { generateCountyKeyPair } from '#sync/signing/county-signature.node';
import { verifyAlerts } from './verify-alerts';

describe('verifyAlerts (host channel alerts.verify)', () => {
  it('passes the alerts the enrolled county signed and refuses the rest with a reason', () => {
    const key = generateCountyKeyPair();
    // As the renderer sends them: the replicated fields without `type`.
    const { type: _type, ...fields } = alert;
    const signed = { ...fields, signature: { ...signAlert(alert, key.privateKeyPem, new Date()) } as Record<string, unknown> };
    const forged = { ...signed, id: 'alert-forged', text: { zh: '假警报' } };
    const unsigned = { ...fields, id: 'alert-unsigned' };
    const answer = verifyAlerts([signed, forged, unsigned], key.publicKey);
    expect(answer.verified).toEqual([alert.id]);
    expect(answer.refused.map((r) => r.id)).toEqual(['alert-forged', 'alert-unsigned']);
    expect(answer.refused.every((r) => r.reason.length > 0)).toBe(true);
    expect(verifyAlerts([signed], undefined).verified).toEqual([]);
  });
});
