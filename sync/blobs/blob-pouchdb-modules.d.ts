// PouchDB 9 ships no TypeScript types (PITFALLS.md). These declare only the entry points the
// blob store opens; the methods it uses are typed by `BlobPouch` (blob-pouch.ts).
declare module 'pouchdb-core' {
  interface PouchConstructor {
    new (name: string, options?: { adapter?: string; revs_limit?: number; auto_compaction?: boolean }): object;
    plugin(plugin: unknown): PouchConstructor;
  }
  const PouchDB: PouchConstructor;
  export default PouchDB;
}

declare module 'pouchdb-adapter-idb' {
  const plugin: unknown;
  export default plugin;
}

declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
