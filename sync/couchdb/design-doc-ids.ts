import type { CouchDoc } from './couch-client';

/** Names of the county's design documents; their content is built in design-docs.node.ts. */
export const VALIDATE_DESIGN_DOC_ID = '_design/validate';
export const BY_VILLAGE_DESIGN_DOC_ID = '_design/by_village';
/** The `filter` value of a replication that uses design/filter-by-village.js. */
export const BY_VILLAGE_FILTER = 'by_village/by_village';

export interface DesignDoc extends CouchDoc {
  language: 'javascript';
  validate_doc_update?: string;
  filters?: Record<string, string>;
}
