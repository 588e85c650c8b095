import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { highlight } from '#sync/search/highlight';
import { useRouter } from '../../app/router';
import { useLocalized } from '../../i18n/use-localized';
import { BigButton } from '../../ui/big-button';
import { OnScreenKeyboard } from '../../ui/on-screen-keyboard';
import { Pager } from '../../ui/pager';
import { Screen } from '../../ui/screen';
import { useFitPages } from '../../ui/use-fit-pages';
import { usePolicyCatalogue } from './policy-catalogue';
import { chinaDay } from './policy-dates';
import { PolicyRow } from './policy-row';
import { usePagerLabels } from './use-pager-labels';
import { usePolicyIndex } from './use-policy-index';
import './policies.css';

const MAX_QUERY = 40;
const MAX_RESULTS = 30;

/**
 * Find a policy by typing on the on-screen keyboard: Chinese, pinyin or pinyin initials. The
 * pinyin being composed counts too, so results appear with every key ("y", "yl", "ylb", …)
 * before any candidate is chosen. Results are ranked, matched characters marked, paged.
 */
export function PolicySearchScreen() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { navigate } = useRouter();
  const { policies } = usePolicyCatalogue();
  const { index, vocabulary } = usePolicyIndex();
  const [text, setText] = useState('');
  const [composing, setComposing] = useState('');
  const onComposingChange = useCallback((pinyin: string) => setComposing(pinyin), []);
  const query = `${text} ${composing}`.trim();
  const results = useMemo(() => {
    if (query === '' || !index) return [];
    const byId = new Map(policies.map((p) => [p.id, p]));
    return index.search(query, { limit: MAX_RESULTS }).flatMap((hit) => byId.get(hit.id) ?? []);
  }, [index, policies, query]);
  const { viewportRef, measureRef, page, pageCount, start, end, next, previous } = useFitPages<HTMLUListElement>(results.length, query);
  const pagerLabels = usePagerLabels();
  const today = chinaDay(new Date());
  const shown = results.slice(start, end);
  const marked = (title: string) => highlight(title, query).map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>));

  return (
    <Screen title={t('policies.searchScreen.title')} speech={t('policies.searchScreen.speech')}>
      <div className="policy-search">
        <div className="policy-search-keys">
          <p className="policy-search-prompt">{t('policies.searchScreen.prompt')}</p>
          <OnScreenKeyboard
            value={text}
            onChange={setText}
            onComposingChange={onComposingChange}
            vocabulary={vocabulary}
            maxLength={MAX_QUERY}
            labels={{
              text: t('policies.searchScreen.text'),
              keys: t('policies.searchScreen.keys'),
              candidates: t('policies.searchScreen.candidates'),
              hint: t('policies.searchScreen.hint'),
              composing: (pinyin) => t('policies.searchScreen.composing', { pinyin }),
              noCandidates: t('policies.searchScreen.noCandidates'),
              previous: t('policies.searchScreen.previous'),
              next: t('policies.searchScreen.more'),
              backspace: t('policies.searchScreen.backspace'),
              space: t('policies.searchScreen.space'),
              digits: t('report.keyboard.digits'),
              letters: t('report.keyboard.letters'),
            }}
            actions={
              <BigButton variant="secondary" disabled={!text} onClick={() => setText('')}>
                {t('policies.searchScreen.clear')}
              </BigButton>
            }
          />
        </div>
        <section className="policy-search-results policy-paged" aria-labelledby="policy-search-results-title">
          <h2 id="policy-search-results-title" className="policy-search-count" aria-live="polite">
            {!index ? t('policies.searchScreen.preparing') : query === '' ? t('policies.searchScreen.start') : results.length === 0 ? t('policies.searchScreen.nothing') : t('policies.searchScreen.count', { count: results.length })}
          </h2>
          <div className="policy-viewport" ref={viewportRef}>
            <ul className="policy-rows">
              {shown.map((policy) => (
                <li key={policy.id}>
                  <PolicyRow policy={policy} today={today} title={marked(localized(policy.title))} onOpen={() => navigate('policy-detail', { policyId: policy.id })} />
                </li>
              ))}
            </ul>
            <ul className="policy-rows policy-measure" ref={measureRef} aria-hidden="true" inert>
              {results.map((policy) => (
                <li key={policy.id}>
                  <PolicyRow policy={policy} today={today} />
                </li>
              ))}
            </ul>
          </div>
          <Pager page={page} count={pageCount} onPrevious={previous} onNext={next} labels={pagerLabels} />
        </section>
      </div>
    </Screen>
  );
}
