import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { CouchClient } from '#sync/couchdb/couch-client';
import type { CouchCredentials } from '#sync/couchdb/couch-url';
import { tail, waitForTcp, waitForUp } from './couchdb-server';
import type { CouchdbRelease } from './couchdb-release';
import { findFreePort } from './free-port';
import { createServerFolder } from './server-folder';
import { stopProcess } from './stop-process';

/**
 * A CouchDB cluster of `nodes` nodes of the same release on this machine, joined the way
 * ../shared/couchdb/README.md ("A cluster on one machine") describes: one folder per node,
 * the same uuid, session secret and cookie, each node its own HTTP port, node name and
 * distribution port range, one private port mapper for all; joined from the first node with
 * `_cluster_setup` (enable_cluster per node, add node, finish_cluster). Stopped by PID.
 */
export interface CouchdbCluster {
  /** Every node's base URL; any of them serves the whole cluster. */
  baseUrls: string[];
  admin: CouchCredentials;
  nodeNames: string[];
  stop(): Promise<void>;
}

export async function startCouchdbCluster(release: CouchdbRelease, nodes = 3): Promise<CouchdbCluster> {
  const admin = { username: 'admin', password: randomBytes(18).toString('base64url') };
  const shared = { uuid: randomBytes(16).toString('hex'), authSecret: randomBytes(16).toString('hex'), cookie: randomBytes(18).toString('hex') };
  const epmdPort = await findFreePort();
  const log = tail();
  const children: ChildProcess[] = [];
  const folders: string[] = [];
  let epmd: ChildProcess | undefined;
  const stop = async () => {
    for (const child of children.reverse()) await stopProcess(child, 'CouchDB node', 15_000);
    if (epmd) await stopProcess(epmd, 'epmd', 5_000);
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  };
  try {
    const root0 = release.root;
    epmd = spawn(path.join(root0, `erts-${release.ertsVersion}`, 'bin', 'epmd'), ['-port', String(epmdPort), '-address', '127.0.0.1'], { stdio: ['ignore', 'ignore', 'pipe'] });
    epmd.stderr?.on('data', log.add);
    await waitForTcp(epmdPort, epmd, 'epmd', log);

    const ports: number[] = [];
    for (let i = 0; i < nodes; i++) {
      const port = await findFreePort();
      const distPortMin = await findFreePort();
      const folder = createServerFolder(release, { port, adminPassword: admin.password, ...shared, cluster: { distPortMin } });
      folders.push(folder);
      const root = path.join(folder, 'couchdb');
      const child = spawn(path.join(root, 'bin', 'couchdb'), [], {
        cwd: root,
        env: { ...process.env, ERL_EPMD_PORT: String(epmdPort), ERL_EPMD_ADDRESS: '127.0.0.1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout?.on('data', log.add);
      child.stderr?.on('data', log.add);
      children.push(child);
      ports.push(port);
    }
    const baseUrls = ports.map((port) => `http://127.0.0.1:${port}/`);
    for (const [i, url] of baseUrls.entries()) await waitForUp(url, children[i]!, log);

    const first = new CouchClient(baseUrls[0]!, admin, { timeoutMs: 60_000 });
    const nodeNames = ports.map((port) => `couchdb-${port}@127.0.0.1`);
    for (const [i, port] of ports.entries()) {
      if (i === 0) continue;
      await first.request('POST', '_cluster_setup', {
        body: {
          action: 'enable_cluster',
          remote_node: '127.0.0.1',
          port,
          node_count: String(nodes),
          username: admin.username,
          password: admin.password,
          remote_current_user: admin.username,
          remote_current_password: admin.password,
          bind_address: '127.0.0.1',
        },
      });
      await first.request('PUT', `_node/_local/_nodes/${encodeURIComponent(nodeNames[i]!)}`, { body: {} });
    }
    await first.request('POST', '_cluster_setup', { body: { action: 'finish_cluster' } });
    const membership = await first.request<{ cluster_nodes: string[] }>('GET', '_membership');
    if (membership.cluster_nodes.length !== nodes) throw new Error(`the cluster has ${membership.cluster_nodes.length} of ${nodes} nodes:\n${log.text()}`);
    return { baseUrls, admin, nodeNames, stop };
  } catch (error) {
    await stop();
    throw new Error(`a ${nodes}-node CouchDB cluster did not start: ${String(error)}\n${log.text()}`, { cause: error });
  }
}
