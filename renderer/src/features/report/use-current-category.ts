import type { ReportCategory, VillageGroup } from '#kiosk-config/schema';
import { useConfig } from '../../app/config-context';
import { useReportDraft } from './report-draft-context';

/** The draft's category in the configuration in force (undefined if none chosen, or removed by the county since). */
export function useDraftCategory(): ReportCategory | undefined {
  const { categories } = useConfig();
  const { categoryId } = useReportDraft();
  return categories.find((category) => category.id === categoryId);
}

/** The draft's village group in the configuration in force. */
export function useDraftGroup(): VillageGroup | undefined {
  const { village } = useConfig();
  const { groupId } = useReportDraft();
  return village.groups.find((group) => group.id === groupId);
}
