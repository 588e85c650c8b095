import type { ReportDocType } from '#sync/schema/report-schema';

export interface ReplyText {
  text: string;
  /** The language the text is in (may differ from the interface's when only one was written). */
  lang: 'zh-CN' | 'en';
}

/**
 * The county's reply in the interface language, else in the other one: Chinese first, as with
 * every bilingual text (an English interface falls back to Chinese; a reply written only in
 * English still shows in a Chinese interface rather than nothing).
 */
export function pickCountyReply(reply: ReportDocType['countyReply'], language: string): ReplyText | undefined {
  if (!reply) return undefined;
  const zh = reply.zh?.trim() ? { text: reply.zh, lang: 'zh-CN' as const } : undefined;
  const en = reply.en?.trim() ? { text: reply.en, lang: 'en' as const } : undefined;
  return language === 'en' ? (en ?? zh) : (zh ?? en);
}
