import { useTranslation } from 'react-i18next';
import { useConfig } from '../../app/config-context';
import { useRouter } from '../../app/router';
import { useLocalized } from '../../i18n/use-localized';
import { Screen } from '../../ui/screen';
import { Tile } from '../../ui/tile';
import { NoticesIcon } from '../notices/notices-icon';
import { useCurrentNotices } from '../notices/use-current-notices';
import { LanguageSwitch } from './language-switch';
import { serviceTiles } from './service-tiles';

/** The start screen: the village's name, one big tile per enabled service, the language switch. */
export function HomeScreen() {
  const { t } = useTranslation();
  const config = useConfig();
  const localized = useLocalized();
  const { navigate } = useRouter();
  const tiles = serviceTiles.filter((tile) => config.services[tile.service]);
  // The notice board's tile, only while a notice is up (it is not a configurable service).
  const hasNotices = (useCurrentNotices()?.length ?? 0) > 0;

  return (
    <Screen title={localized(config.village.name)} nav={false} headerEnd={<LanguageSwitch />}>
      <ul className="tile-grid" aria-label={t('home.servicesLabel')}>
        {tiles.map(({ service, icon }) => (
          <li key={service}>
            <Tile icon={icon} label={t(`home.tiles.${service}`)} onSelect={() => navigate(service)} />
          </li>
        ))}
        {hasNotices && (
          <li>
            <Tile icon={<NoticesIcon />} label={t('notices.tile')} onSelect={() => navigate('notices')} />
          </li>
        )}
      </ul>
    </Screen>
  );
}
