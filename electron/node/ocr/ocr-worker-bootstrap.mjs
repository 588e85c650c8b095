// Worker threads do not inherit the parent's `--import tsx` loader hooks in Node 20: this
// plain-JS entry registers tsx in the thread, then loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./ocr-worker-thread.ts');
