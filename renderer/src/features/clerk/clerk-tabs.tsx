import { useTranslation } from 'react-i18next';

export type ClerkTab = 'sync' | 'notices' | 'enrollment' | 'refused' | 'speech';
const TABS: readonly ClerkTab[] = ['sync', 'notices', 'enrollment', 'refused', 'speech'];

/** Large tabs for the clerk's cards: one card at a time fits every screen; the refused count shows on its tab. */
export function ClerkTabs({ current, onChange, refused }: { current: ClerkTab; onChange: (tab: ClerkTab) => void; refused: number }) {
  const { t } = useTranslation();
  return (
    <div className="clerk-tabs" role="tablist" aria-label={t('clerk.tabs.label')}>
      {TABS.map((tab) => (
        <button
          key={tab}
          type="button"
          role="tab"
          id={`clerk-tab-${tab}`}
          aria-selected={tab === current}
          aria-controls={`clerk-panel-${tab}`}
          className="clerk-tab"
          onClick={() => onChange(tab)}
        >
          {tab === 'refused' && refused > 0 ? t('clerk.tabs.refusedCount', { count: refused }) : t(`clerk.tabs.${tab}`)}
        </button>
      ))}
    </div>
  );
}
