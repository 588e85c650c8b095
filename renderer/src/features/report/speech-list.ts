/** Joins choices for a spoken or shown list in the interface language ("道路，饮水" / "Roads, Water"). */
export function joinList(items: readonly string[], language: string): string {
  return items.join(language === 'en' ? ', ' : '，');
}
