// validate_doc_update of the county gather database (county-gather).
//
// Source of a CouchDB design-document function (loaded like validate-village.js; no
// placeholders). ES5 only.
//
// The gather database holds every village's documents, copied by the county gatherer, which
// runs as a server admin (and so is not limited here). County staff are members (they read it:
// the console's inbox, figures and fleet are views of it), but the only thing a county account
// writes here is an audit line of its own answer: who answered which report, and when. The
// line names the account CouchDB authenticated (`by` must be userCtx.name), so the console
// cannot record another person's name, and lines are written once, never changed or deleted.
// County viewers (role 'county-viewer') and everyone else write nothing.
(function (newDoc, oldDoc, userCtx, secObj) {
  function deny(message) {
    throw { forbidden: message };
  }

  function hasRole(role) {
    var roles = (userCtx && userCtx.roles) || [];
    for (var i = 0; i < roles.length; i++) if (roles[i] === role) return true;
    return false;
  }

  function isNonEmptyString(value) {
    return typeof value === 'string' && value.length > 0;
  }

  var ACTIONS = ['reply', 'status', 'reply+status'];
  var STATUSES = ['submitted', 'received', 'in_progress', 'resolved', 'reopened'];

  if (hasRole('_admin')) return;
  if (!hasRole('county')) deny('only county accounts that answer reports (role county) may write here');
  if (newDoc._deleted === true) deny('audit lines are never deleted');
  if (oldDoc && !oldDoc._deleted) deny('audit lines are written once, never changed');
  if (newDoc.type !== 'county_audit') deny('county accounts write only audit lines here (type "county_audit")');
  if (newDoc.by !== userCtx.name) deny('by must be the account that writes the line (' + userCtx.name + ')');
  if (!isNonEmptyString(newDoc.at)) deny('at is required');
  if (!isNonEmptyString(newDoc.reportId)) deny('reportId is required');
  if (!isNonEmptyString(newDoc.village)) deny('village is required');
  var known = false;
  for (var i = 0; i < ACTIONS.length; i++) if (ACTIONS[i] === newDoc.action) known = true;
  if (!known) deny('action must be one of ' + ACTIONS.join(', '));
  if (newDoc.status !== undefined) {
    var status = false;
    for (var j = 0; j < STATUSES.length; j++) if (STATUSES[j] === newDoc.status) status = true;
    if (!status) deny('status must be one of ' + STATUSES.join(', '));
  }
})
