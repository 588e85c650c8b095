// Map function of the console's figures view (_design/console, view "figures") in county-gather.
//
// ES5 only. One row per report, keyed [month, town, village, category] with the month of
// createdAt in China time (UTC+8: a report made at 07:00 on the 1st belongs to that month,
// not the month before), so a month is one key range. The value carries what the month's
// figures need: [resolved 0/1, latest satisfaction rating or null, milliseconds to the first
// answer or null, milliseconds to the first resolution or null]. The first answer is the
// county's first status change past "submitted" or its reply, whichever came first.
// county-console/src/figures/month-figures.ts aggregates the rows (medians cannot be reduced).
(function (doc) {
  if (doc.type !== 'report' || typeof doc.createdAt !== 'string' || typeof doc.village !== 'string') return;
  var created = Date.parse(doc.createdAt);
  if (isNaN(created)) return;
  var month = new Date(created + 8 * 3600 * 1000).toISOString().slice(0, 7);
  var village = doc.village;
  var town = /^[0-9]{12}$/.test(village) ? village.slice(0, 9) : '-';
  var category = typeof doc.category === 'string' ? doc.category : 'other';
  var firstAnswer = null;
  var firstResolution = null;
  var history = doc.statusHistory || [];
  for (var i = 0; i < history.length; i++) {
    var entry = history[i];
    var t = entry && typeof entry.at === 'string' ? Date.parse(entry.at) : NaN;
    if (isNaN(t) || entry.status === 'submitted') continue;
    if (firstAnswer === null || t < firstAnswer) firstAnswer = t;
    if (entry.status === 'resolved' && (firstResolution === null || t < firstResolution)) firstResolution = t;
  }
  if (doc.countyReply && typeof doc.countyReply.at === 'string') {
    var replied = Date.parse(doc.countyReply.at);
    if (!isNaN(replied) && (firstAnswer === null || replied < firstAnswer)) firstAnswer = replied;
  }
  var rating = null;
  // The latest by instant, not by text: kiosks write ISO times with different offsets.
  var latest = -Infinity;
  var list = doc.satisfaction || [];
  for (var j = 0; j < list.length; j++) {
    var when = list[j] && typeof list[j].at === 'string' ? Date.parse(list[j].at) : NaN;
    if (!isNaN(when) && when >= latest) {
      latest = when;
      rating = list[j].rating;
    }
  }
  emit([month, town, village, category], [
    doc.status === 'resolved' ? 1 : 0,
    rating,
    firstAnswer === null ? null : Math.max(0, firstAnswer - created),
    firstResolution === null ? null : Math.max(0, firstResolution - created),
  ]);
})
