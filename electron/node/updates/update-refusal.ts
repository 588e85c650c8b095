/**
 * Why a kiosk refused an update. Each threat of the update path has its own code, so the
 * heartbeat and `county fleet` can say which one happened (a tampered file and an expired feed
 * call for different visits), and a message in plain words for the host log.
 */
export type UpdateRefusalCode =
  | 'malformed-feed'
  | 'unsigned-feed'
  | 'wrong-key'
  | 'tampered-feed'
  | 'wrong-channel'
  | 'expired-feed'
  | 'downgrade'
  | 'tampered-file'
  | 'download-failed';

export interface UpdateRefusal {
  code: UpdateRefusalCode;
  message: string;
}

export function refusal(code: UpdateRefusalCode, message: string): UpdateRefusal {
  return { code, message: message.slice(0, 300) };
}
