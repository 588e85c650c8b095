import { assertVillageCode, type VillageDatabaseKind } from './database-names';
import { VALIDATE_DESIGN_DOC_ID, type DesignDoc } from './design-doc-ids';
import { loadDesignFunction } from './design-source';

/**
 * The design documents the county installs. Their functions come from the reviewed source
 * files in design/; the village validator is templated per village and database at
 * provision time, so it checks against constants no document can forge.
 */

export function villageValidateDesignDoc(village: string, kind: VillageDatabaseKind): DesignDoc {
  assertVillageCode(village);
  return {
    _id: VALIDATE_DESIGN_DOC_ID,
    language: 'javascript',
    validate_doc_update: loadDesignFunction('validate-village.js', { VILLAGE: village, DB_KIND: kind }),
  };
}

export function policiesValidateDesignDoc(): DesignDoc {
  return { _id: VALIDATE_DESIGN_DOC_ID, language: 'javascript', validate_doc_update: loadDesignFunction('validate-policies.js') };
}

export function alertsValidateDesignDoc(): DesignDoc {
  return { _id: VALIDATE_DESIGN_DOC_ID, language: 'javascript', validate_doc_update: loadDesignFunction('validate-alerts.js') };
}
