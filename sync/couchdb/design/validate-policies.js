// validate_doc_update of the county-wide policies database.
//
// Source of a CouchDB design-document function (see validate-village.js for how the file is
// loaded; this one has no placeholders). ES5 only.
//
// Every kiosk may read policies (_security members include role 'kiosk'); only the county
// (role 'county') and server admins may write or delete them. The checks are the basics of
// sync/schema/policy-schema.ts, so a policy the server accepts is not quarantined by every
// kiosk: a Chinese title and body ({ zh, en? }), a category id, tags, updatedAt; when present,
// a summary and issuer in the same { zh, en? } form, and an official link that is a web address
// (kiosks show it only as a QR code; a `javascript:` or `data:` link is refused here already).
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

  // { zh, en? }: Chinese is required, English falls back to Chinese.
  function isText(value) {
    return value !== null && typeof value === 'object' && !isArray(value) && typeof value.zh === 'string' && value.zh.length > 0 &&
      (value.en === undefined || (typeof value.en === 'string' && value.en.length > 0));
  }

  var DOC_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
  // sync/schema/policy-schema.ts POLICY_LINK_PATTERN.
  var LINK = /^https?:\/\/[^\s<>"]{1,1990}$/;
  var CATEGORY = /^[a-z0-9][a-z0-9_-]{0,31}$/;

  if (!hasRole('_admin') && !hasRole('county')) deny('only the county may publish policies');
  if (newDoc._deleted === true) return;

  if (typeof newDoc._id !== 'string' || !DOC_ID.test(newDoc._id)) deny('_id must be 1-64 letters, digits or "._:-", not starting with "_"');
  if (newDoc.type !== 'policy') deny('type must be "policy", got ' + JSON.stringify(newDoc.type));
  if (newDoc.village !== undefined) deny('policies are county-wide: village must not be set');
  if (!isText(newDoc.title)) deny('title is required: { zh, en? } with a non-empty Chinese text');
  if (!isText(newDoc.body)) deny('body is required: { zh, en? } with non-empty Chinese Markdown');
  if (typeof newDoc.category !== 'string' || !CATEGORY.test(newDoc.category)) deny('category is required: a short lowercase id');
  if (!isArray(newDoc.tags)) deny('tags is required: a list of texts');
  for (var i = 0; i < newDoc.tags.length; i++) {
    if (typeof newDoc.tags[i] !== 'string' || newDoc.tags[i].length === 0) deny('tags must be a list of non-empty texts');
  }
  if (typeof newDoc.updatedAt !== 'string' || newDoc.updatedAt.length === 0) deny('updatedAt is required');
  if (newDoc.summary !== undefined && !isText(newDoc.summary)) deny('summary must be { zh, en? } with a non-empty Chinese text');
  if (newDoc.issuer !== undefined && !isText(newDoc.issuer)) deny('issuer must be { zh, en? } with a non-empty Chinese text');
  if (newDoc.link !== undefined && (typeof newDoc.link !== 'string' || !LINK.test(newDoc.link))) {
    deny('link must be a web address starting with http:// or https://');
  }
})
