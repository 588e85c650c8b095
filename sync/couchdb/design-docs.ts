import { assertVillageCode, type VillageDatabaseKind } from './database-names';
import { CONSOLE_DESIGN_DOC_ID, VALIDATE_DESIGN_DOC_ID, type DesignDoc } from './design-doc-ids';
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

/** county-gather: only the gatherer (server admin) copies documents in; county accounts add audit lines. */
export function gatherValidateDesignDoc(): DesignDoc {
  return { _id: VALIDATE_DESIGN_DOC_ID, language: 'javascript', validate_doc_update: loadDesignFunction('validate-gather.js') };
}

/**
 * The console's views of county-gather: the inbox (with `_count`, so a filter's total is one
 * reduce), the month's figures, the fleet and the audit lines. Built by CouchDB as documents
 * arrive; never a scan of village databases.
 */
export function consoleDesignDoc(): DesignDoc {
  return {
    _id: CONSOLE_DESIGN_DOC_ID,
    language: 'javascript',
    views: {
      inbox: { map: loadDesignFunction('console-inbox-map.js'), reduce: '_count' },
      figures: { map: loadDesignFunction('console-figures-map.js') },
      fleet: { map: loadDesignFunction('console-fleet-map.js') },
      audit: { map: loadDesignFunction('console-audit-map.js') },
    },
  };
}
