import { useTranslation } from 'react-i18next';
import { useConfig } from '../../app/config-context';
import { useRouter } from '../../app/router';
import { useLocalized } from '../../i18n/use-localized';
import { PagedGrid } from '../../ui/paged-grid';
import { Screen } from '../../ui/screen';
import { Tile } from '../../ui/tile';
import { LanguageSwitch } from './language-switch';
import { serviceTiles } from './service-tiles';

/** The start screen: the village's name, one big tile per enabled service, the language switch. */
export function HomeScreen() {
  const { t } = useTranslation();
  const config = useConfig();
  const localized = useLocalized();
  const { navigate } = useRouter();
  const tiles = serviceTiles.filter((tile) => config.services[tile.service]);

  return (
    <Screen title={localized(config.village.name)} nav={false} headerEnd={<LanguageSwitch />}>
      <PagedGrid
        className="home-tiles"
        label={t('home.servicesLabel')}
        items={tiles}
        keyOf={(tile) => tile.service}
        maxColumns={2}
        renderItem={({ service, icon }) => <Tile icon={icon} label={t(`home.tiles.${service}`)} onSelect={() => navigate(service)} />}
      />
    </Screen>
  );
}
