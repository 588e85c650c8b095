import { bilingual } from '../i18n/bilingual';
import { NoticeScreen } from './notice-screen';

/** Shown when the host cannot be reached or gives no configuration. Never shows error details. */
export function StartupFailure() {
  return <NoticeScreen title={bilingual((m) => m.app.startupFailed)} />;
}

export function StartupLoading() {
  return <NoticeScreen busy title={bilingual((m) => m.app.loading)} />;
}

/** The browser refused local storage (disk full, corrupted profile): nothing can be saved. */
export function StorageFailure() {
  return <NoticeScreen title={bilingual((m) => m.app.storageFailed)} />;
}
