import { KNOWN_ALERT_SEVERITIES } from '#sync/schema/alert-schema';

export type AlertLevel = (typeof KNOWN_ALERT_SEVERITIES)[number];

/**
 * The level an alert is shown at. A severity this kiosk does not know (sent by a newer county
 * tool, or mistyped) is shown as the highest: over-warning about a flood is the safe mistake.
 */
export function alertLevel(severity: string): AlertLevel {
  return (KNOWN_ALERT_SEVERITIES as readonly string[]).includes(severity) ? (severity as AlertLevel) : 'danger';
}

export function levelRank(level: AlertLevel): number {
  return KNOWN_ALERT_SEVERITIES.indexOf(level);
}
