// validate_doc_update of the county-wide alerts database.
//
// Source of a CouchDB design-document function (see validate-village.js for how the file is
// loaded; this one has no placeholders). ES5 only.
//
// Every kiosk may read alerts (_security members include role 'kiosk'); only the county (role
// 'county') and server admins may write or delete them. The checks are the basics of
// sync/schema/alert-schema.ts, so an alert the server accepts is shown, not quarantined: the
// villages addressed (codes, or "*" for all), a severity (any non-empty text: a kiosk shows an
// unknown level as the highest), a Chinese text, and when it was issued and expires.
(function (newDoc, oldDoc, userCtx, secObj) {
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

  var DOC_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
  // kiosk-config/village-code.ts VILLAGE_CODE_PATTERN (a 12-digit statistical division code or a
  // lowercase code), or "*" for every village.
  var VILLAGE = /^([1-8][0-9]{11}|[a-z][a-z0-9-]{1,39}|\*)$/;
  var TIMESTAMP = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})$/;

  if (!hasRole('_admin') && !hasRole('county')) deny('only the county may issue alerts');
  if (newDoc._deleted === true) return;

  if (typeof newDoc._id !== 'string' || !DOC_ID.test(newDoc._id)) deny('_id must be 1-64 letters, digits or "._:-", not starting with "_"');
  if (newDoc.type !== 'alert') deny('type must be "alert", got ' + JSON.stringify(newDoc.type));
  if (!isArray(newDoc.villages) || newDoc.villages.length === 0) deny('villages is required: a list of village codes, or ["*"] for all');
  for (var i = 0; i < newDoc.villages.length; i++) {
    if (typeof newDoc.villages[i] !== 'string' || !VILLAGE.test(newDoc.villages[i])) deny('villages must be village codes or "*"');
  }
  if (typeof newDoc.severity !== 'string' || newDoc.severity.length === 0) deny('severity is required');
  var text = newDoc.text;
  if (text === null || typeof text !== 'object' || typeof text.zh !== 'string' || text.zh.length === 0) deny('text is required: { zh, en? } with a non-empty Chinese text');
  if (typeof newDoc.issuedAt !== 'string' || !TIMESTAMP.test(newDoc.issuedAt)) deny('issuedAt must be an ISO timestamp');
  if (typeof newDoc.expiresAt !== 'string' || !TIMESTAMP.test(newDoc.expiresAt)) deny('expiresAt must be an ISO timestamp');
})
