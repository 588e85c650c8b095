import type { CategoryIcon } from '#kiosk-config/schema';

/**
 * The policy categories the kiosk has names and pictures for, in the order the tiles show them.
 * A policy's category is a free id chosen by the county: one the kiosk does not know is shown
 * under "other" rather than hidden.
 */
export const POLICY_CATEGORIES = ['pension', 'medical', 'assistance', 'agriculture', 'land', 'infrastructure', 'employment', 'education', 'other'] as const;
export type PolicyCategory = (typeof POLICY_CATEGORIES)[number];

/** The report categories' pictures (ui/category-icons.tsx) stand in for the nearest policy topic. */
export const POLICY_CATEGORY_ICONS: Record<PolicyCategory, CategoryIcon> = {
  pension: 'pension',
  medical: 'medical',
  assistance: 'dispute',
  agriculture: 'land',
  land: 'land',
  infrastructure: 'water',
  employment: 'wages',
  education: 'other',
  other: 'other',
};

export function policyCategoryOf(category: string): PolicyCategory {
  return (POLICY_CATEGORIES as readonly string[]).includes(category) ? (category as PolicyCategory) : 'other';
}
