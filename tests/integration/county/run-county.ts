import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { toCouchDoc } from '../../fixtures/docs/couch-doc';
import { heartbeat, minimalReport } from '../../fixtures/docs/valid-docs';
import type { CouchDoc } from '#sync/couchdb/couch-client';
import type { CliIo } from '#sync/county-cli/cli-context';
import { runCli } from '#sync/county-cli/run-cli';
import type { TestCouch } from '../../support/couch';

export interface CountyRun {
  code: number;
  out: string;
  err: string;
}

/** Runs the county CLI in-process against the test server (its --couch URL and run prefix). */
export async function runCounty(couch: TestCouch, args: string[], options: { now?: Date; stdin?: string } = {}): Promise<CountyRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    env: {},
    now: () => options.now ?? new Date(),
    readStdin: async () => options.stdin,
  };
  const code = await runCli([...args, '--couch', couch.url, '--prefix', couch.prefix], io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A fresh directory outside the repository for enrollment files. */
export function enrollmentDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'county-enroll-'));
}

/** A report as a kiosk of `village` first pushes it (fixture shape, CouchDB form). */
export function newReport(village: string, kioskId: string, fields: Record<string, unknown> = {}): CouchDoc {
  return { ...toCouchDoc({ ...minimalReport, id: randomUUID(), village, kioskId }), ...fields };
}

export function newHeartbeat(village: string, kioskId: string): CouchDoc {
  return toCouchDoc({ ...heartbeat, id: kioskId, village, kioskId });
}

/** 401 or 403: pouchdb-server answers 401 to non-members where CouchDB 3 answers 403. */
export async function refusal(action: Promise<unknown>): Promise<number> {
  try {
    await action;
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (typeof status === 'number') return status;
    throw error;
  }
  return 200;
}
