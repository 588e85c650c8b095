import { useEffect, useMemo, useState } from 'react';
import type { NoticeDocType } from '#sync/schema/notice-schema';
import { useKioskData } from '../../data/data-context';
import { chinaDay, dayOf } from '../policies/policy-dates';

/** On the board from its first day to its take-down day (calendar days, China Standard Time). */
export function isCurrentNotice(notice: Pick<NoticeDocType, 'publishFrom' | 'takeDownAt'>, today: string): boolean {
  return dayOf(notice.publishFrom) <= today && (notice.takeDownAt === undefined || dayOf(notice.takeDownAt) >= today);
}

/**
 * The village's current notices, newest first, following every change (a clerk's new notice,
 * one replicated from another kiosk or the county). The pull keeps other villages' documents
 * out of the collection, so everything here is this village's. `undefined` while loading.
 */
export function useCurrentNotices(): readonly NoticeDocType[] | undefined {
  const { database } = useKioskData();
  const [all, setAll] = useState<NoticeDocType[]>();
  useEffect(() => {
    const subscription = database.notices.find().$.subscribe((docs) => setAll(docs.map((doc) => doc.toJSON() as NoticeDocType)));
    return () => subscription.unsubscribe();
  }, [database]);
  return useMemo(() => {
    if (!all) return undefined;
    const today = chinaDay(new Date());
    return all.filter((notice) => isCurrentNotice(notice, today)).sort((a, b) => b.publishFrom.localeCompare(a.publishFrom) || b.createdAt.localeCompare(a.createdAt));
  }, [all]);
}
