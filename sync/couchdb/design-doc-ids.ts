import type { CouchDoc } from './couch-client';

/** Names of the county's design documents; their content is built in design-docs.node.ts. */
export const VALIDATE_DESIGN_DOC_ID = '_design/validate';
/** The county console's views of county-gather (inbox, figures, fleet, audit). */
export const CONSOLE_DESIGN_DOC_ID = '_design/console';
export const CONSOLE_DESIGN_NAME = 'console';

export interface DesignDoc extends CouchDoc {
  language: 'javascript';
  validate_doc_update?: string;
  filters?: Record<string, string>;
  views?: Record<string, { map: string; reduce?: string }>;
}
