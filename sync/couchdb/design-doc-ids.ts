import type { CouchDoc } from './couch-client';

/** Names of the county's design documents; their content is built in design-docs.node.ts. */
export const VALIDATE_DESIGN_DOC_ID = '_design/validate';

export interface DesignDoc extends CouchDoc {
  language: 'javascript';
  validate_doc_update?: string;
  filters?: Record<string, string>;
}
