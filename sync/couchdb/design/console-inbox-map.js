// Map function of the console's inbox view (_design/console, view "inbox") in county-gather.
//
// ES5 only (CouchDB's JavaScript query server). One row per report and filter dimension, keyed
// [dimension, value, createdAt], so any single filter is a key range that is already oldest
// first, and paging is startkey + limit (never skip). The console picks the most selective
// filter it was given as the range and applies the others to the row values
// (county-console/src/inbox/inbox-query.ts). The value is the few fields those other filters
// need, so a filtered page reads no documents until it has its rows.
// Town: the first 9 digits of a 12-digit statistical division code (乡镇); '-' for other codes.
// county-console/src/inbox/report-fields.ts computes the same in TypeScript (a test compares).
(function (doc) {
  if (doc.type !== 'report' || typeof doc.createdAt !== 'string' || typeof doc.village !== 'string') return;
  var village = doc.village;
  var town = /^[0-9]{12}$/.test(village) ? village.slice(0, 9) : '-';
  var status = typeof doc.status === 'string' ? doc.status : 'submitted';
  var category = typeof doc.category === 'string' ? doc.category : 'other';
  var satisfaction = 'none';
  // The latest by instant, not by text: kiosks write ISO times with different offsets.
  var latest = -Infinity;
  var list = doc.satisfaction || [];
  for (var i = 0; i < list.length; i++) {
    var when = list[i] && typeof list[i].at === 'string' ? Date.parse(list[i].at) : NaN;
    if (!isNaN(when) && when >= latest) {
      latest = when;
      satisfaction = list[i].rating;
    }
  }
  var at = doc.createdAt;
  var value = [village, category, status, satisfaction];
  emit(['all', '', at], value);
  if (status !== 'resolved') emit(['waiting', '', at], value);
  emit(['town', town, at], value);
  emit(['village', village, at], value);
  emit(['category', category, at], value);
  emit(['status', status, at], value);
  emit(['satisfaction', satisfaction, at], value);
})
