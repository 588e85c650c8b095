import { useTranslation } from 'react-i18next';
import { useConfig } from '../../app/config-context';
import { useRouter } from '../../app/router';
import { useLocalized } from '../../i18n/use-localized';
import { PagedGrid } from '../../ui/paged-grid';
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
  const homeTiles = tiles.map(({ service, icon }) => ({ key: service, icon, label: t(`home.tiles.${service}`), onSelect: () => navigate(service) }));
  const noticesTile = { key: 'notices', icon: <NoticesIcon />, label: t('notices.tile'), onSelect: () => navigate('notices') };

  return (
    <Screen title={localized(config.village.name)} nav={false} headerEnd={<LanguageSwitch />}>
      <PagedGrid
        className="home-tiles"
        label={t('home.servicesLabel')}
        items={hasNotices ? [...homeTiles, noticesTile] : homeTiles}
        keyOf={(tile) => tile.key}
        maxColumns={2}
        renderItem={({ icon, label, onSelect }) => <Tile icon={icon} label={label} onSelect={onSelect} />}
      />
    </Screen>
  );
}
