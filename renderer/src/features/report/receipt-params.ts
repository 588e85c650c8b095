/** What the receipt screen shows: the code of the report just saved (a co-report has its own code too). */
export interface ReceiptParams {
  trackingCode: string;
  categoryId: string;
  /** true: filed together with an open report ("这也是我的问题"); false: a report of its own. */
  joined: boolean;
}
