import type { RequestOf, ResponseOf } from '#common/host-contract';
import { verifyAlert } from '#sync/signing/alert-signature.node';

/**
 * Which replicated alerts the county signed, checked with the enrollment's public key
 * (DESIGN.md §5): the renderer shows only those. Without a key (a kiosk enrolled with a file
 * that has none, or not enrolled) every alert is refused, and the reason says why.
 */
export function verifyAlerts(alerts: RequestOf<'alerts.verify'>['alerts'], countyPublicKey: string | undefined): ResponseOf<'alerts.verify'> {
  const verified: string[] = [];
  const refused: { id: string; reason: string }[] = [];
  for (const alert of alerts) {
    const check = verifyAlert(alert, countyPublicKey);
    if (check.ok) verified.push(alert.id);
    else refused.push({ id: alert.id, reason: check.reason });
  }
  return { verified, refused };
}
