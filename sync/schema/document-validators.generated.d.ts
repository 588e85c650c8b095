// Types of the generated, precompiled validators (see document-validator-source.ts).
export interface GeneratedValidatorError {
  /** JSON pointer of the offending value, e.g. "/pages/0/sha256"; "" for the document itself. */
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

export interface GeneratedValidator {
  (data: unknown): boolean;
  errors?: GeneratedValidatorError[] | null;
}

export declare const reports: GeneratedValidator;
export declare const scans: GeneratedValidator;
export declare const policies: GeneratedValidator;
export declare const kiosk_config: GeneratedValidator;
export declare const heartbeats: GeneratedValidator;

export declare const notices: GeneratedValidator;
export declare const alerts: GeneratedValidator;
