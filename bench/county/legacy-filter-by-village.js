// Replication filter `by_village/by_village`, installed in every gathered village database and
// in the county gather database.
//
// Source of a CouchDB design-document function (loaded like validate-village.js). ES5 only.
//
// Used by the county's _replicator documents in both directions:
// - village database → gather (query village=<code>): keeps design documents out of the
//   gather database — a village's validator there would reject every other village's rows;
// - gather → village reports (query village=<code>, type=report): brings the county's answers
//   back to exactly one village, never another village's documents.
// Tombstones carry no `village` and do not pass: deletions are not replicated (kiosks may not
// delete; the county deletes in each database it means to).
(function (doc, req) {
  var query = (req && req.query) || {};
  if (!query.village || typeof doc._id !== 'string' || doc._id.indexOf('_design/') === 0) return false;
  if (doc.village !== query.village) return false;
  if (query.type && doc.type !== query.type) return false;
  return true;
})
