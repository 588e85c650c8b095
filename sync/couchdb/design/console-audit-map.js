// Map function of the console's audit view (_design/console, view "audit") in county-gather.
//
// ES5 only. The county's audit lines (validate-gather.js), keyed [reportId, at], so a report's
// page lists who answered it and when, oldest first.
(function (doc) {
  if (doc.type !== 'county_audit' || typeof doc.reportId !== 'string') return;
  emit([doc.reportId, doc.at], null);
})
