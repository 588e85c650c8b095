import { useTranslation } from 'react-i18next';
import type { TownVillages } from './known-villages';

/** Villages picked on a list by town: a town's box picks all its villages; "all villages" picks every one, including future ones. */
export function VillagePicker(props: { towns: TownVillages[]; picked: Set<string>; all: boolean; onChange: (picked: Set<string>, all: boolean) => void }) {
  const { t } = useTranslation();
  const { towns, picked, all, onChange } = props;
  const toggle = (villages: string[], on: boolean) => {
    const next = new Set(picked);
    for (const village of villages) {
      if (on) next.add(village);
      else next.delete(village);
    }
    onChange(next, false);
  };
  return (
    <fieldset className="village-picker">
      <legend>{t('alerts.villages')}</legend>
      <label className="check">
        <input type="checkbox" checked={all} onChange={(event) => onChange(new Set(), event.target.checked)} />
        {t('alerts.allVillages')}
      </label>
      {towns.map(({ town, villages }) => (
        <fieldset key={town} disabled={all}>
          <legend>
            <label className="check">
              <input type="checkbox" checked={villages.every((village) => picked.has(village))} onChange={(event) => toggle(villages, event.target.checked)} />
              {t('alerts.town', { town })}
            </label>
          </legend>
          {villages.map((village) => (
            <label key={village} className="check">
              <input type="checkbox" checked={picked.has(village)} onChange={(event) => toggle([village], event.target.checked)} />
              {village}
            </label>
          ))}
        </fieldset>
      ))}
    </fieldset>
  );
}
