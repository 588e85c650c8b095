import { localize } from '../../i18n/use-localized';

/**
 * How the clerk's screen names the enrolled village: its name beside the code when the county
 * gave one ("幸福村（510112001001）"), else the code. Spoken, the name alone: twelve digits read
 * aloud help nobody.
 */
export function villageLabel(enrollment: { village: string; villageName?: { zh: string; en?: string } }, language: string): string {
  if (!enrollment.villageName) return enrollment.village;
  const name = localize(enrollment.villageName, language);
  return language === 'en' ? `${name} (${enrollment.village})` : `${name}（${enrollment.village}）`;
}

export function spokenVillage(enrollment: { village: string; villageName?: { zh: string; en?: string } }, language: string): string {
  return enrollment.villageName ? localize(enrollment.villageName, language) : enrollment.village;
}
