import { z } from 'zod';
import { devicesSchema } from './devices-schema';
import { VILLAGE_CODE_PATTERN, VILLAGE_CODE_RULE } from './village-code';

/**
 * The one definition of a kiosk's configuration. Every layer (built-in default, the site's
 * file, the county-pushed document) is validated by this schema; TypeScript types are derived
 * from it, never written by hand. Unknown keys are rejected (`strict`) so a typo in a site file
 * is reported instead of silently ignored.
 */

/** A 12-digit statistical division code or a lowercase code: the one rule of village-code.ts. */
export const villageCodeSchema = z.string().regex(VILLAGE_CODE_PATTERN, VILLAGE_CODE_RULE);

/**
 * Caps on every text and list (issue 8, finding 8): each is shown on a kiosk screen or becomes a
 * button, so far above what fits is a mistake or an attack, never content.
 */
const MAX_LABEL = 100;

/** A text in both interface languages. Chinese is required; English falls back to Chinese. */
export const localizedTextSchema = z
  .object({
    zh: z.string().trim().min(1, 'Chinese text must not be empty').max(MAX_LABEL),
    en: z.string().trim().min(1).max(MAX_LABEL).optional(),
  })
  .strict();

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day as HH:MM (24 h)');

export const serviceIdSchema = z.enum(['report', 'status', 'policies', 'clerk']);

export const categoryIconSchema = z.enum([
  'road',
  'water',
  'sanitation',
  'dispute',
  'land',
  'pension',
  'medical',
  'wages',
  'safety',
  'other',
]);

export const reportCategorySchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_-]{0,31}$/, 'must be a short lowercase identifier'),
    icon: categoryIconSchema,
    label: localizedTextSchema,
    quickPhrases: z.array(localizedTextSchema).max(12).default([]),
  })
  .strict();

export const villageGroupSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,31}$/, 'must be a short lowercase identifier'),
    label: localizedTextSchema,
    landmarks: z.array(localizedTextSchema).max(20).default([]),
  })
  .strict();

/** scrypt parameters are part of the hash so they can be raised later without a migration. */
export const pinHashSchema = z
  .string()
  .max(300)
  .regex(
    /^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/,
    'must be "scrypt$N$r$p$salt$hash" (create one with `npm run county -- pin-hash`)',
  );

export const scanDocumentTypeSchema = z
  .object({ id: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, 'lowercase letters, digits and "-"'), label: localizedTextSchema })
  .strict();

/** Built-in document types and camera settings: used when a site file says nothing about scanning. */
export const defaultScanConfig = {
  camera: { deviceLabel: '', width: 1920, height: 1080 },
  autoCapture: false,
  preferredEngine: 'paddle' as const,
  documentTypes: [
    { id: 'notice', label: { zh: '通知公告', en: 'Notice' } },
    { id: 'application', label: { zh: '申请表', en: 'Application form' } },
    { id: 'certificate', label: { zh: '证明材料', en: 'Certificate' } },
    { id: 'other', label: { zh: '其他文件', en: 'Other document' } },
  ],
};

export const scanConfigSchema = z
  .object({
    camera: z
      .object({
        /** Part of the document camera's device label (e.g. "高拍仪", "Document Camera"); empty = the first camera. */
        deviceLabel: z.string().max(100),
        /** Requested capture size; the camera delivers the nearest it supports. */
        width: z.number().int().min(320).max(8000),
        height: z.number().int().min(240).max(8000),
      })
      .strict(),
    /** Capture a page by itself once the picture has been still for a moment. */
    autoCapture: z.boolean(),
    /** The engine tried first; the other one takes over when it cannot start (docs/decisions/ocr-engines.md). */
    preferredEngine: z.enum(['paddle', 'tesseract']),
    documentTypes: z
      .array(scanDocumentTypeSchema)
      .min(1, 'at least one document type is needed')
      .refine((list) => new Set(list.map((d) => d.id)).size === list.length, 'document type ids must be unique'),
  })
  .strict();

const httpUrlOrEmpty = z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(2000)]);

export const kioskConfigSchema = z
  .object({
    schemaVersion: z.literal(1),
    village: z
      .object({
        code: villageCodeSchema,
        name: localizedTextSchema,
        groups: z.array(villageGroupSchema).min(1, 'at least one village group is needed').max(50),
      })
      .strict(),
    services: z
      .object({
        report: z.boolean(),
        status: z.boolean(),
        policies: z.boolean(),
        clerk: z.boolean(),
      })
      .strict(),
    categories: z
      .array(reportCategorySchema)
      .min(1, 'at least one report category is needed')
      .max(30)
      .refine((list) => new Set(list.map((c) => c.id)).size === list.length, 'category ids must be unique'),
    idle: z
      .object({
        /** Seconds without a touch before the "are you still there?" warning. */
        warningSeconds: z.number().int().min(10).max(3600),
        /** Seconds the warning stays before everything entered is wiped and home is shown. */
        resetSeconds: z.number().int().min(5).max(600),
      })
      .strict(),
    voiceNote: z
      .object({ maxSeconds: z.number().int().min(5).max(300) })
      .strict()
      .default({ maxSeconds: 60 }),
    clerk: z.object({ pinHash: pinHashSchema }).strict(),
    county: z
      .object({
        /** Empty = this kiosk works offline only (no county server configured yet). */
        couchUrl: httpUrlOrEmpty,
        updateUrl: httpUrlOrEmpty,
        /**
         * The county's public page where a phone can follow a report, put in the receipt's QR
         * code with the tracking code: `{code}` in it is replaced by the code, otherwise
         * `?code=` is added. Empty = the QR code carries the bare code (scanners at kiosks).
         */
        trackingUrl: z
          .union([z.literal(''), z.url({ protocol: /^https?$/ })])
          .default(''),
      })
      .strict(),
    devices: devicesSchema,
    /** Document scanning in the clerk area (issue 12). */
    scan: scanConfigSchema.default(defaultScanConfig),
    /**
     * Application updates (electron/node/updates/): the channel this kiosk follows and when it
     * may restart to install. Quiet hours are local "HH:MM"; start after end spans midnight.
     */
    updates: z
      .object({
        channel: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, 'lower-case letters, digits and "-"'),
        quietHours: z.object({ start: hhmm, end: hhmm }).strict(),
        /** Seconds without a touch before an install may restart the kiosk. */
        minIdleSeconds: z.number().int().min(60).max(86_400),
        checkMinutes: z.number().int().min(15).max(1440),
      })
      .strict()
      .default({ channel: 'stable', quietHours: { start: '22:00', end: '05:00' }, minIdleSeconds: 600, checkMinutes: 60 }),
    /** How often the kiosk writes its heartbeat for the county's fleet view. */
    heartbeat: z
      .object({ intervalMinutes: z.number().int().min(1).max(1440) })
      .strict()
      .default({ intervalMinutes: 15 }),
    defaultLanguage: z.enum(['zh-CN', 'en']).default('zh-CN'),
  })
  .strict();

export type KioskConfig = z.output<typeof kioskConfigSchema>;
/** What a layer file may contain before defaults are applied. */
export type KioskConfigInput = z.input<typeof kioskConfigSchema>;
export type LocalizedText = z.output<typeof localizedTextSchema>;
export type ReportCategory = z.output<typeof reportCategorySchema>;
export type VillageGroup = z.output<typeof villageGroupSchema>;
export type ServiceId = z.output<typeof serviceIdSchema>;
export type ScanConfig = z.output<typeof scanConfigSchema>;
export type CategoryIcon = z.output<typeof categoryIconSchema>;
