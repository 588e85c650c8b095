// Kept for existing Node imports; the memory blob database is isomorphic (blob-pouch-memory.ts).
export { openMemoryBlobPouch } from './blob-pouch-memory';
