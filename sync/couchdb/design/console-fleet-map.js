// Map function of the console's fleet view (_design/console, view "fleet") in county-gather.
//
// ES5 only. One row per kiosk heartbeat (the gatherer copies each village's heartbeats),
// keyed [village, kioskId]; the console reads the documents (include_docs) and says in words
// how each kiosk is (county-console/src/fleet/fleet-state.ts).
(function (doc) {
  if (doc.type !== 'heartbeat' || typeof doc.village !== 'string') return;
  emit([doc.village, typeof doc.kioskId === 'string' ? doc.kioskId : doc._id], null);
})
