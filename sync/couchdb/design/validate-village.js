// validate_doc_update of every village database (reports, scans, heartbeats, config, blobs, notices).
//
// This file is the reviewed source of a CouchDB design-document function, not a module:
// design-source.node.ts strips this header and the wrapping parentheses and substitutes the two
// placeholders at provision time ('__VILLAGE__' → the village code, '__DB_KIND__' → the
// database kind), so each database checks against constants that cannot be forged by a
// document. The unit tests load this same file through the same code path.
//
// ES5 only: CouchDB 3 may run its query server on SpiderMonkey 1.8.5. No let/const, arrows,
// template strings, Array.prototype.includes or Object.assign.
//
// Who may write what (DESIGN.md §5, field ownership):
// - server admins and role 'county' (the county side) and role 'village:<code>' (the village
//   side: its kiosks) are the only writers; _security already keeps everyone else out;
// - every document's `village` is this database's village and its `type` fits the database;
// - the village side never deletes, never writes county-owned report fields (status,
//   countyReply, statusHistory), may create a report only as 'submitted' without a reply,
//   never writes configuration, and a kiosk writes only its own heartbeat; a kiosk publishes
//   notices only as 'clerk' with its own kiosk id, and changes only the notices it wrote;
// - the county side (except server admins, who repair data and run the replicator) never
//   changes what the villager said: every other report field stays as the kiosk wrote it;
// - what the villager said is immutable once saved, for every kiosk of the village (a sibling
//   kiosk cannot rewrite it): only the append-only fields (co-reporters, reopen requests,
//   satisfaction) grow, and their earlier entries stay;
// - a kiosk writes one revision at a time: a new document at revision 1, an update on the
//   current revision. A validator never sees a document's other branches, so a branch posted
//   with `new_edits: false` that has no common ancestor (no oldDoc) or jumps generations (and
//   would win on CouchDB's "highest generation wins") is refused; that is the only way a kiosk
//   could hide the county's answer. The county gatherer resolves any remaining conflict in the
//   county's favour for its own fields (sync/county-cli/gather/resolve-report-conflicts.ts).
// - a kiosk stores a blob under its SHA-256 with one attachment `data` whose MD5 it declares
//   (`md5`, and the multipart digest CouchDB checks against the bytes); it never changes or
//   removes a stored blob or its declaration (issue 8, finding 7).
// Reports and scans are not bound to the writing account's kiosk id: a kiosk keeps the
// documents it wrote offline before enrollment, under its earlier id. Their kioskId is
// immutable once written.
// Rejections are `forbidden` (HTTP 403) with a message naming the field: the kiosk sets the
// row aside and shows the message to the clerk.
(function (newDoc, oldDoc, userCtx, secObj) {
  var VILLAGE = '__VILLAGE__';
  var DB_KIND = '__DB_KIND__';

  var TYPE_BY_KIND = { reports: 'report', scans: 'scan', heartbeats: 'heartbeat', config: 'kiosk_config', blobs: null, notices: 'notice' };
  var REPORT_STATUSES = ['submitted', 'received', 'in_progress', 'resolved', 'reopened'];
  var COUNTY_OWNED_REPORT_FIELDS = ['status', 'countyReply', 'statusHistory'];
  var APPEND_ONLY_REPORT_FIELDS = ['coReporters', 'reopenRequests', 'satisfaction'];
  var SATISFACTION_RATINGS = ['satisfied', 'basically', 'unsatisfied'];
  var SHA256 = /^[0-9a-f]{64}$/;
  // 16 bytes in base64: what CouchDB writes after "md5-" in an attachment's digest.
  var MD5_BASE64 = /^[A-Za-z0-9+\/]{22}==$/;
  var BLOB_ATTACHMENT = 'data';
  // sync/schema/schema-fields.ts ID_PATTERN: what the kiosk accepts as a document id.
  var DOC_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

  function deny(message) {
    throw { forbidden: message };
  }

  function hasRole(role) {
    var roles = (userCtx && userCtx.roles) || [];
    for (var i = 0; i < roles.length; i++) if (roles[i] === role) return true;
    return false;
  }

  function isArray(value) {
    return Object.prototype.toString.call(value) === '[object Array]';
  }

  function isObject(value) {
    return value !== null && typeof value === 'object' && !isArray(value);
  }

  function isNonEmptyString(value) {
    return typeof value === 'string' && value.length > 0;
  }

  function isAbsent(value) {
    return value === undefined || value === null;
  }

  function indexOf(list, value) {
    for (var i = 0; i < list.length; i++) if (list[i] === value) return i;
    return -1;
  }

  // Structural equality for JSON values; key order does not matter (RxDB and CouchDB may
  // serialise the same object with different key orders).
  function same(a, b) {
    if (a === b) return true;
    if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
    if (isArray(a) !== isArray(b)) return false;
    var key;
    var count = 0;
    for (key in a) {
      if (!Object.prototype.hasOwnProperty.call(a, key)) continue;
      if (a[key] === undefined) continue;
      count++;
      if (!same(a[key], b[key])) return false;
    }
    for (key in b) {
      if (Object.prototype.hasOwnProperty.call(b, key) && b[key] !== undefined) count--;
    }
    return count === 0;
  }

  function requireString(field) {
    if (!isNonEmptyString(newDoc[field])) deny(field + ' is required and must be a non-empty text');
  }

  function optional(field, check, expected) {
    var value = newDoc[field];
    if (!isAbsent(value) && !check(value)) deny(field + ' must be ' + expected);
  }

  function isString(value) {
    return typeof value === 'string';
  }

  function isBoolean(value) {
    return typeof value === 'boolean';
  }

  function isBlobRef(value) {
    return isObject(value) && typeof value.sha256 === 'string' && SHA256.test(value.sha256);
  }

  function isCountyReply(value) {
    if (!isObject(value) || !isNonEmptyString(value.at)) return false;
    if (!isAbsent(value.zh) && typeof value.zh !== 'string') return false;
    if (!isAbsent(value.en) && typeof value.en !== 'string') return false;
    return isNonEmptyString(value.zh) || isNonEmptyString(value.en);
  }

  function isSatisfactionList(value) {
    if (!isArray(value)) return false;
    for (var i = 0; i < value.length; i++) {
      var entry = value[i];
      if (!isObject(entry) || indexOf(SATISFACTION_RATINGS, entry.rating) < 0) return false;
      if (typeof entry.resolution !== 'number' || entry.resolution < 1 || entry.resolution % 1 !== 0) return false;
      if (!isNonEmptyString(entry.at) || !isNonEmptyString(entry.kioskId)) return false;
    }
    return true;
  }

  function isStatusHistory(value) {
    if (!isArray(value)) return false;
    for (var i = 0; i < value.length; i++) {
      if (!isObject(value[i]) || indexOf(REPORT_STATUSES, value[i].status) < 0 || !isNonEmptyString(value[i].at)) return false;
    }
    return true;
  }

  var isAdmin = hasRole('_admin');
  var isCountySide = isAdmin || hasRole('county');
  var isVillageSide = !isCountySide && hasRole('village:' + VILLAGE);
  var isKiosk = isVillageSide && hasRole('kiosk');
  var kioskPrefix = 'kiosk-' + VILLAGE + '-';
  var ownKioskId =
    isKiosk && typeof userCtx.name === 'string' && userCtx.name.indexOf(kioskPrefix) === 0
      ? userCtx.name.slice(kioskPrefix.length)
      : null;

  if (!isCountySide && !isVillageSide) deny('only members of village ' + VILLAGE + ' or the county may write here');
  if (isKiosk && !ownKioskId) deny('kiosk account ' + userCtx.name + ' does not belong to village ' + VILLAGE);
  if (isVillageSide) checkOneRevisionAtATime();

  function revGeneration(rev) {
    var match = typeof rev === 'string' ? /^(\d+)-/.exec(rev) : null;
    return match ? parseInt(match[1], 10) : 0;
  }

  // Measured on CouchDB 3.4: an interactive create has no newDoc._rev, an interactive update
  // carries the revision it replaces (= oldDoc._rev); a replicated (new_edits: false) revision
  // carries its own, with oldDoc its parent, or no oldDoc when the branch shares no ancestor.
  function checkOneRevisionAtATime() {
    if (isAbsent(newDoc._rev)) return;
    var generation = revGeneration(newDoc._rev);
    if (!oldDoc) {
      if (generation !== 1) deny('_rev: a kiosk creates a document at revision 1, not ' + newDoc._rev + ' (a branch with no common ancestor is refused)');
      return;
    }
    if (newDoc._rev === oldDoc._rev) return;
    if (generation !== revGeneration(oldDoc._rev) + 1) deny('_rev: a kiosk writes one revision at a time (' + oldDoc._rev + ' cannot become ' + newDoc._rev + ')');
  }

  if (newDoc._deleted === true) {
    if (!isCountySide) deny('documents cannot be deleted from a kiosk');
    return;
  }

  // ---- every document --------------------------------------------------------------------
  if (typeof newDoc._id !== 'string' || !DOC_ID.test(newDoc._id)) deny('_id must be 1-64 letters, digits or "._:-", not starting with "_"');
  var expectedType = TYPE_BY_KIND[DB_KIND];
  if (expectedType === undefined) deny('validator misconfigured: unknown database kind ' + DB_KIND);
  if (DB_KIND === 'blobs') {
    if (!isAbsent(newDoc.type) && newDoc.type !== 'blob') deny('type must be "blob" (or absent) in a blobs database');
    if (!isAbsent(newDoc.village) && newDoc.village !== VILLAGE) deny('village must be ' + VILLAGE + ', got ' + newDoc.village);
  } else {
    if (newDoc.type !== expectedType) deny('type must be "' + expectedType + '" in this database, got ' + JSON.stringify(newDoc.type));
    if (newDoc.village !== VILLAGE) deny('village must be ' + VILLAGE + ', got ' + JSON.stringify(newDoc.village));
  }
  if (oldDoc && !oldDoc._deleted && !isAdmin && !isAbsent(oldDoc.kioskId) && !same(newDoc.kioskId, oldDoc.kioskId)) {
    deny('kioskId cannot be changed');
  }

  // ---- per database ----------------------------------------------------------------------
  if (DB_KIND === 'reports') validateReport();
  else if (DB_KIND === 'scans') validateScan();
  else if (DB_KIND === 'heartbeats') validateHeartbeat();
  else if (DB_KIND === 'config') validateConfig();
  else if (DB_KIND === 'blobs') validateBlob();
  else if (DB_KIND === 'notices') validateNotice();

  function isText(value) {
    return isObject(value) && isNonEmptyString(value.zh) && (isAbsent(value.en) || isNonEmptyString(value.en));
  }

  function validateNotice() {
    if (!isText(newDoc.title)) deny('title is required: { zh, en? } with a non-empty Chinese text');
    if (!isText(newDoc.body)) deny('body is required: { zh, en? } with a non-empty Chinese text');
    requireString('publishFrom');
    requireString('createdAt');
    if (!isArray(newDoc.images)) deny('images must be a list (of blob references)');
    for (var n = 0; n < newDoc.images.length; n++) if (!isBlobRef(newDoc.images[n])) deny('images[' + n + '] must be an object with a sha256');
    if (newDoc.author !== 'county' && newDoc.author !== 'clerk') deny('author must be "county" or "clerk"');
    if (isVillageSide) {
      if (newDoc.author !== 'clerk') deny('author: a kiosk publishes notices as "clerk"');
      if (isKiosk && newDoc.kioskId !== ownKioskId) deny('kioskId must be this kiosk\'s id (' + ownKioskId + ')');
      if (oldDoc && !oldDoc._deleted && oldDoc.author !== 'clerk') deny('only the county may change a notice the county published');
    }
  }

  function validateReport() {
    requireString('trackingCode');
    requireString('category');
    requireString('createdAt');
    requireString('kioskId');
    if (indexOf(REPORT_STATUSES, newDoc.status) < 0) deny('status must be one of ' + REPORT_STATUSES.join(', '));
    optional('countyReply', isCountyReply, 'an object with "at" and a "zh" or "en" text');
    optional('statusHistory', isStatusHistory, 'a list of { status, at }');
    optional('phrases', isArray, 'a list');
    optional('text', isString, 'a text');
    optional('voiceNote', isBlobRef, 'an object with a sha256');
    optional('photo', isBlobRef, 'an object with a sha256');
    optional('group', isString, 'a text');
    optional('landmark', isString, 'a text');
    optional('contactPhone', isString, 'a text');
    optional('anonymous', isBoolean, 'true or false');
    optional('assisted', isBoolean, 'true or false');
    optional('assistedByRole', isString, 'a text');
    optional('coReporters', isArray, 'a list');
    optional('reopenRequests', isArray, 'a list');
    optional('satisfaction', isSatisfactionList, 'a list of { rating: satisfied, basically or unsatisfied, resolution, at, kioskId }');
    optional('duplicateOf', isNonEmptyString, 'the id of the report this one joins');

    var creating = !oldDoc || oldDoc._deleted;
    var field;
    var i;
    if (isVillageSide && creating) {
      if (newDoc.status !== 'submitted') deny('status: a kiosk may create a report only with status "submitted"');
      if (!isAbsent(newDoc.countyReply)) deny('countyReply: only the county may reply to a report');
      var history = newDoc.statusHistory || [];
      for (i = 0; i < history.length; i++) {
        if (history[i].status !== 'submitted') deny('statusHistory: only the county may record status changes');
      }
    } else if (isVillageSide) {
      for (i = 0; i < COUNTY_OWNED_REPORT_FIELDS.length; i++) {
        field = COUNTY_OWNED_REPORT_FIELDS[i];
        if (!same(newDoc[field], oldDoc[field])) deny(field + ': only the county may change this field');
      }
      for (field in newDoc) {
        if (!Object.prototype.hasOwnProperty.call(newDoc, field) || field.charAt(0) === '_') continue;
        if (indexOf(COUNTY_OWNED_REPORT_FIELDS, field) >= 0) continue;
        if (indexOf(APPEND_ONLY_REPORT_FIELDS, field) >= 0) {
          if (!keepsEveryEntry(oldDoc[field], newDoc[field])) deny(field + ': entries may be added, never changed or removed');
        } else if (!same(newDoc[field], oldDoc[field])) {
          deny(field + ': what the villager said cannot be changed once the report is saved');
        }
      }
      for (field in oldDoc) {
        if (!Object.prototype.hasOwnProperty.call(oldDoc, field) || field.charAt(0) === '_' || isAbsent(oldDoc[field])) continue;
        if (indexOf(COUNTY_OWNED_REPORT_FIELDS, field) < 0 && !(field in newDoc)) deny(field + ': what the villager said cannot be removed');
      }
    } else if (!isAdmin && !creating) {
      // County staff answer reports; they never rewrite what the villager said.
      for (field in newDoc) {
        if (!Object.prototype.hasOwnProperty.call(newDoc, field) || field.charAt(0) === '_') continue;
        if (indexOf(COUNTY_OWNED_REPORT_FIELDS, field) >= 0) continue;
        if (!same(newDoc[field], oldDoc[field])) deny(field + ': only the kiosk may change this field');
      }
      for (field in oldDoc) {
        if (!Object.prototype.hasOwnProperty.call(oldDoc, field) || field.charAt(0) === '_') continue;
        if (indexOf(COUNTY_OWNED_REPORT_FIELDS, field) < 0 && !(field in newDoc) && !isAbsent(oldDoc[field])) {
          deny(field + ': only the kiosk may change this field');
        }
      }
    }
  }

  // Append-only: every earlier entry is still there (in any order: a merge of two kiosks'
  // appends is a union), and a value that is not a list may only be set where there was none.
  function keepsEveryEntry(before, after) {
    if (isAbsent(before)) return true;
    if (!isArray(before) || !isArray(after)) return same(before, after);
    for (var b = 0; b < before.length; b++) {
      var kept = false;
      for (var a = 0; a < after.length && !kept; a++) kept = same(before[b], after[a]);
      if (!kept) return false;
    }
    return true;
  }

  function validateScan() {
    requireString('kioskId');
    optional('pages', isArray, 'a list');
    optional('createdAt', isString, 'a text');
  }

  function validateHeartbeat() {
    requireString('kioskId');
    // One document per kiosk, overwritten in place (sync/schema/heartbeat-schema.ts).
    if (newDoc._id !== newDoc.kioskId) deny('_id of a heartbeat must be its kioskId');
    // A kiosk reports only about itself, including updates of its own heartbeat document.
    if (isKiosk && newDoc.kioskId !== ownKioskId) deny('kioskId must be this kiosk\'s id (' + ownKioskId + ')');
  }

  function validateConfig() {
    if (!isCountySide) deny('only the county may change a kiosk\'s configuration');
    if (!isObject(newDoc.config)) deny('config must be an object (the kiosk configuration)');
    requireString('updatedAt');
  }

  function validateBlob() {
    // Blobs are immutable and named by their SHA-256 (DESIGN.md section 4): re-sending is harmless,
    // changing or removing what is stored is not.
    if (!SHA256.test(newDoc._id)) deny('_id of a blob must be its SHA-256 (64 lowercase hex digits)');
    var attachments = newDoc._attachments;
    var name;
    var count = 0;
    if (isObject(attachments)) for (name in attachments) if (Object.prototype.hasOwnProperty.call(attachments, name)) count++;
    if (count === 0) deny('a blob document must carry its attachment');
    if (isCountySide) return;
    checkDeclaredMd5(attachments);
    if (!oldDoc || oldDoc._deleted || !isObject(oldDoc._attachments)) return;
    if (!isAbsent(oldDoc.md5) && newDoc.md5 !== oldDoc.md5) deny('md5 of a stored blob cannot be changed');
    for (name in oldDoc._attachments) {
      if (!Object.prototype.hasOwnProperty.call(oldDoc._attachments, name)) continue;
      var before = oldDoc._attachments[name];
      var after = attachments[name];
      if (!after) deny('blob attachment ' + name + ' cannot be removed');
      // An empty copy is an upload pouchdb-server kept when the link dropped: never the blob.
      if (before.length === 0) continue;
      if (before.digest && after.digest && before.digest !== after.digest) deny('blob attachment ' + name + ' cannot be changed');
    }
  }

  // Issue 8, finding 7: the validator cannot hash the bytes (CouchDB hands it stubs), so the
  // kiosk declares the MD5 it computed when it named the blob, as `md5` (base64) and as the
  // attachment's `digest` in a multipart/related PUT. CouchDB 3.4 checks a declared digest
  // against the bytes as it stores them and stores nothing when they differ; a raw attachment
  // PUT or an inline base64 attachment reaches the validator with no digest at all (measured:
  // sync/couchdb/README.md), so it is refused. Together: what a kiosk stores under a hash is the
  // bytes whose MD5 it declared, and the declaration cannot change afterwards.
  function checkDeclaredMd5(attachments) {
    if (typeof newDoc.md5 !== 'string' || !MD5_BASE64.test(newDoc.md5)) deny('md5 is required: the base64 MD5 of the blob\'s bytes (22 characters and "==")');
    for (var name in attachments) {
      if (!Object.prototype.hasOwnProperty.call(attachments, name)) continue;
      if (name !== BLOB_ATTACHMENT) deny('a blob has one attachment, "' + BLOB_ATTACHMENT + '", not ' + JSON.stringify(name));
      var digest = attachments[name] && attachments[name].digest;
      if (typeof digest !== 'string') deny('blob attachment ' + name + ' must declare its digest (send it as multipart/related with "digest": "md5-' + newDoc.md5 + '")');
      if (digest !== 'md5-' + newDoc.md5) deny('blob attachment ' + name + ' has digest ' + digest + ', but the blob declares md5 ' + newDoc.md5);
    }
  }
})
