// PouchDB 9 ships no TypeScript types (PITFALLS.md); the benchmark's anchor only needs these
// entry points. (pouchdb-core and pouchdb-adapter-memory are declared in sync/blobs.)
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}

declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
