import { useEffect, useMemo, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { databaseNames, countyDatabaseNames } from '#sync/couchdb/database-names';
import type { CouchApi } from '../couch/couch-api';
import { currentSession, signOut, type ConsoleSession } from '../couch/session';
import { createConsoleI18n, type ConsoleLanguage } from '../i18n/console-i18n';
import { FiguresPage } from '../pages/figures-page';
import { FleetPage } from '../pages/fleet-page';
import { InboxPage } from '../pages/inbox-page';
import { ReportPage } from '../pages/report-page';
import { SignInPage } from '../pages/sign-in-page';
import { PublishPage } from '../pages/publish-page';
import { AlertsPage } from '../pages/alerts-page';
import { NoticesPage } from '../pages/notices-page';
import { ConsoleContext, type ConsoleServices } from './console-context';
import { routeHref, useRoute } from './hash-route';

/** The console: sign-in until CouchDB's cookie says who this is, then the pages their roles allow. */
export function ConsoleApp({ api, prefix }: { api: CouchApi; prefix: string }) {
  const i18n = useMemo(() => createConsoleI18n(), []);
  return (
    <I18nextProvider i18n={i18n}>
      <SessionGate api={api} prefix={prefix} />
    </I18nextProvider>
  );
}

function SessionGate({ api, prefix }: { api: CouchApi; prefix: string }) {
  const { t } = useTranslation();
  const [session, setSession] = useState<ConsoleSession | null | undefined>(undefined);
  useEffect(() => {
    currentSession(api).then(
      (result) => setSession(result.session ?? null),
      () => setSession(null),
    );
  }, [api]);
  if (session === undefined) return <p role="status">{t('app.loading')}</p>;
  if (session === null) return <SignInPage api={api} onSignedIn={setSession} />;
  const services: ConsoleServices = {
    api,
    prefix,
    gatherDb: countyDatabaseNames(prefix).gather,
    session,
    villageDb: (village, kind) => databaseNames(village, prefix)[kind],
  };
  return (
    <ConsoleContext.Provider value={services}>
      <Shell
        session={session}
        onSignOut={() => {
          void signOut(api).finally(() => setSession(null));
        }}
      />
    </ConsoleContext.Provider>
  );
}

const NAV = ['inbox', 'fleet', 'figures', 'publish', 'notices', 'alerts'] as const;
/** Pages that write: shown only to accounts that may (CouchDB refuses the others anyway). */
const WRITING = new Set<string>(['publish', 'notices', 'alerts']);

function Shell({ session, onSignOut }: { session: ConsoleSession; onSignOut: () => void }) {
  const { t, i18n } = useTranslation();
  const route = useRoute();
  const current = route.page === 'report' ? 'inbox' : route.page;
  const role = session.roles.includes('_admin') ? t('app.roleAdmin') : session.canAnswer ? t('app.roleCounty') : t('app.roleViewer');
  useEffect(() => {
    document.documentElement.lang = i18n.language;
    document.title = t('app.title');
  }, [i18n.language, t]);
  return (
    <>
      <header className="top">
        <p className="brand">{t('app.title')}</p>
        <nav aria-label={t('app.nav')}>
          <ul>
            {NAV.filter((page) => !WRITING.has(page) || session.canAnswer).map((page) => (
              <li key={page}>
                <a href={routeHref({ page })} aria-current={current === page ? 'page' : undefined}>
                  {t(`app.${page}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="account">
          <span>{t('app.signedInAs', { name: session.name, role })}</span>
          <button type="button" onClick={() => void i18n.changeLanguage(i18n.language === 'en' ? ('zh-CN' satisfies ConsoleLanguage) : 'en')} lang={i18n.language === 'en' ? 'zh-CN' : 'en'}>
            {i18n.language === 'en' ? '中文' : 'English'}
          </button>
          <button type="button" onClick={onSignOut}>
            {t('app.signOut')}
          </button>
        </div>
      </header>
      <main>
        {route.page === 'inbox' ? <InboxPage /> : null}
        {route.page === 'report' ? <ReportPage key={`${route.village}/${route.id}`} village={route.village} id={route.id} /> : null}
        {route.page === 'fleet' ? <FleetPage /> : null}
        {route.page === 'figures' ? <FiguresPage /> : null}
        {route.page === 'publish' ? <PublishPage /> : null}
        {route.page === 'notices' ? <NoticesPage /> : null}
        {route.page === 'alerts' ? <AlertsPage /> : null}
      </main>
    </>
  );
}
