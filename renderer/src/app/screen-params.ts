import type { PolicyCategory } from '../features/policies/policy-categories';
import type { ReceiptParams } from '../features/report/receipt-params';

/**
 * Every screen of the kiosk and the parameters it is opened with (`undefined` = none).
 * To add a screen: add its id here, then its entry in `screens` (screens.tsx; the compiler
 * insists). Sub-steps of a flow can be screens of their own (`'report-details': { categoryId: string }`)
 * so that Back goes to the previous step.
 */
export interface ScreenParams {
  home: undefined;
  report: undefined;
  /** Report flow, one question per screen (features/report): the draft lives in ReportDraftProvider. */
  'report-describe': undefined;
  'report-keyboard': undefined;
  'report-photo': undefined;
  'report-where': undefined;
  'report-landmark': undefined;
  'report-contact': undefined;
  'report-review': undefined;
  'report-receipt': ReceiptParams;
  status: undefined;
  /** Several reports share a tracking code (possible across kiosks): choose one. */
  'status-choose': { trackingCode: string };
  /** "查不到编号？": the villager's reports found by the phone number they left. */
  'status-phone': undefined;
  /** The timeline of one report. */
  'status-report': { reportId: string };
  policies: undefined;
  /** The current policies of one category (features/policies/policy-categories.ts). */
  'policy-list': { category: PolicyCategory };
  'policy-detail': { policyId: string };
  'policy-search': undefined;
  /** 村务公开: the village's current notices, and one of them. */
  notices: undefined;
  'notice-detail': { noticeId: string };
  clerk: undefined;
}

export type ScreenId = keyof ScreenParams;

/** What every screen component receives: the contract between the screen table and a screen. */
export interface ScreenComponentProps<S extends ScreenId> {
  params: ScreenParams[S];
}

/** `navigate('home')` for screens without parameters, `navigate('x', params)` otherwise. */
export type ParamsArgs<S extends ScreenId> = ScreenParams[S] extends undefined ? [] : [params: ScreenParams[S]];

/**
 * One entry of the navigation history; `key` is unique per visit. Only the top entry is mounted,
 * so a screen returned to with Back starts fresh: state that must survive Back belongs in a
 * feature store that registers a reset hook (useIdleResetHook).
 */
export type Route = { [S in ScreenId]: { screen: S; params: ScreenParams[S]; key: number } }[ScreenId];
