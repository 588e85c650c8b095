import { useTranslation } from 'react-i18next';
import { useRouter } from '../../app/router';
import type { ScreenComponentProps } from '../../app/screen-params';
import { BigButton } from '../../ui/big-button';
import { PagedGrid } from '../../ui/paged-grid';
import { Screen } from '../../ui/screen';
import { useReportLabels } from './report-labels';
import { spokenTrackingCode } from './status-speech';
import { useLiveReportsByCode } from './use-report';
import './status.css';

/**
 * Several reports share one tracking code (drawn offline on different kiosks, see
 * tracking-code.ts): the villager picks theirs by what they reported, their village group and
 * the day. Nothing else about the reports is shown here (no contact, no description).
 */
export function StatusChooseScreen({ params }: ScreenComponentProps<'status-choose'>) {
  const { t } = useTranslation();
  const { navigate } = useRouter();
  const labels = useReportLabels();
  const reports = useLiveReportsByCode(params.trackingCode);

  const title = t('status.choose.title', { number: reports?.length ?? 0 });
  const items = (reports ?? []).map((report) => ({
    id: report.id,
    text: t('status.choose.item', { category: labels.category(report.category), group: labels.group(report.group), date: labels.date(report.createdAt) }),
  }));
  const speech = [t('status.speech.code', { code: spokenTrackingCode(params.trackingCode) }), title, t('status.choose.prompt'), ...items.map((item) => item.text)].join(' ');

  return (
    <Screen title={reports ? title : t('status.title')} speech={reports ? speech : undefined}>
      {!reports ? (
        <p>{t('status.report.loading')}</p>
      ) : items.length === 0 ? (
        <p>{t('status.report.missing')}</p>
      ) : (
        <>
          <p className="status-entry__prompt">{t('status.choose.prompt')}</p>
          <PagedGrid
            className="status-choices"
            label={t('status.choose.prompt')}
            items={items}
            keyOf={(item) => item.id}
            maxColumns={1}
            renderItem={(item) => (
              <BigButton variant="secondary" onClick={() => navigate('status-report', { reportId: item.id })}>
                {item.text}
              </BigButton>
            )}
          />
        </>
      )}
    </Screen>
  );
}
