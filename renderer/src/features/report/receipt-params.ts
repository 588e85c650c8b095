/** What the receipt screen shows: the code of the saved report, or of the report the villager joined. */
export interface ReceiptParams {
  trackingCode: string;
  categoryId: string;
  /** true: "this is my problem too" on an existing report; false: a new report. */
  joined: boolean;
}
