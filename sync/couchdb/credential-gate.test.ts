import { describe, expect, it } from 'vitest';
import { createCredentialGate, credentialVerdict, type CredentialCheckAnswer } from './credential-gate';

const LOCKED = { error: 'forbidden', reason: 'Account is temporarily locked due to multiple authentication failures' };
const WRONG = { error: 'unauthorized', reason: 'Name or password is incorrect.' };

/** A server whose `_session` answers what the test says, counting logins. */
function fakeCheck(first: CredentialCheckAnswer) {
  let answer = first;
  const calls = { count: 0 };
  return {
    calls,
    answer: (next: CredentialCheckAnswer) => (answer = next),
    check: async () => {
      calls.count++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return answer;
    },
  };
}

describe('credential verdicts (as measured on CouchDB 3.4.3)', () => {
  it('401 and the lockout 403 refuse the credentials; a validator or membership 403 does not', () => {
    expect(credentialVerdict(401, WRONG)).toBe('rejected');
    expect(credentialVerdict(403, LOCKED)).toBe('rejected');
    expect(credentialVerdict(403, { error: 'forbidden', reason: 'village must be qingshan' })).toBe('accepted');
    expect(credentialVerdict(403, { error: 'forbidden', reason: 'You are not allowed to access this db.' })).toBe('accepted');
    expect(credentialVerdict(200, {})).toBe('accepted');
    expect(credentialVerdict(404, {})).toBe('accepted');
    expect(credentialVerdict(0, undefined)).toBe('unknown');
    expect(credentialVerdict(503, {})).toBe('unknown');
  });
});

describe('credential gate', () => {
  it('checks once before the first requests, however many arrive at once, then lets them all go', async () => {
    const server = fakeCheck({ status: 200, json: { userCtx: { name: 'kiosk-a-k01' } } });
    const gate = createCredentialGate({ check: server.check });
    const admissions = await Promise.all(Array.from({ length: 10 }, () => gate.admit()));
    expect(admissions.every((a) => a.send)).toBe(true);
    expect(server.calls.count).toBe(1);
    expect(gate.state).toBe('accepted');
    await gate.admit();
    expect(server.calls.count).toBe(1);
  });

  it('with a wrong password: one failed login, then every request is answered here with a 401', async () => {
    const server = fakeCheck({ status: 401, json: WRONG });
    const gate = createCredentialGate({ check: server.check });
    const admissions = await Promise.all(Array.from({ length: 10 }, () => gate.admit()));
    expect(admissions.every((a) => !a.send)).toBe(true);
    expect(admissions[0]).toMatchObject({ refusal: { error: 'unauthorized', reason: expect.stringContaining('name or password is incorrect') as unknown } });
    for (let i = 0; i < 20; i++) expect((await gate.admit()).send).toBe(false);
    // CouchDB locks an account after 5 failures: the gate spent one.
    expect(server.calls.count).toBe(1);
  });

  it('new credentials are checked again at once; old verdicts arriving late are ignored', async () => {
    const server = fakeCheck({ status: 401, json: WRONG });
    const gate = createCredentialGate({ check: server.check });
    const stale = await gate.admit();
    expect(stale.send).toBe(false);
    gate.reset();
    server.answer({ status: 200, json: {} });
    const fresh = await gate.admit();
    expect(fresh.send).toBe(true);
    gate.observe(stale, 401, WRONG);
    expect(gate.state).toBe('accepted');
  });

  it('an answer refusing accepted credentials (password changed on the server, lockout) closes the gate', async () => {
    const server = fakeCheck({ status: 200, json: {} });
    const gate = createCredentialGate({ check: server.check });
    const admission = await gate.admit();
    gate.observe(admission, 403, { error: 'forbidden', reason: 'village must be qingshan' });
    expect(gate.state).toBe('accepted');
    gate.observe(admission, 403, LOCKED);
    expect(gate.state).toBe('rejected');
    expect(await gate.admit()).toMatchObject({ send: false, refusal: { reason: expect.stringContaining('locked') as unknown } });
  });

  it('checks refused credentials again only after recheckMs (a lockout ends by itself)', async () => {
    let clock = 1_000_000;
    const server = fakeCheck({ status: 403, json: LOCKED });
    const gate = createCredentialGate({ check: server.check, recheckMs: 300_000, now: () => clock });
    expect((await gate.admit()).send).toBe(false);
    clock += 299_000;
    expect((await gate.admit()).send).toBe(false);
    expect(server.calls.count).toBe(1);
    clock += 1_000;
    server.answer({ status: 200, json: {} });
    expect((await gate.admit()).send).toBe(true);
    expect(server.calls.count).toBe(2);
  });

  it('lets requests go when the check gets no answer (they then fail as unreachable), and checks again next time', async () => {
    const server = fakeCheck({ status: 0 });
    const gate = createCredentialGate({ check: server.check });
    expect((await gate.admit()).send).toBe(true);
    expect(gate.state).toBe('unverified');
    server.answer({ status: 200, json: {} });
    expect((await gate.admit()).send).toBe(true);
    expect(gate.state).toBe('accepted');
    expect(server.calls.count).toBe(2);
    const failing = createCredentialGate({ check: () => Promise.reject(new Error('network down')) });
    expect((await failing.admit()).send).toBe(true);
  });
});
