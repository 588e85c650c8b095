import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { issueAlert, parseAlertRequest } from './alert-signing.node';

describe('alert requests from the console', () => {
  it('takes villages (or all), a known severity, a Chinese text and hours', () => {
    expect(parseAlertRequest({ villages: ['510112001001', '510112001001'], severity: 'danger', zh: ' 暴雨 ', hours: 6 })).toEqual({
      request: { villages: ['510112001001'], severity: 'danger', zh: '暴雨', hours: 6 },
    });
    expect(parseAlertRequest({ villages: ['*', '510112001001'], severity: 'info', zh: '停电', en: 'Power cut', hours: '2' }).request?.villages).toEqual(['*']);
  });

  it('says what is wrong with a bad request', () => {
    expect(parseAlertRequest({ villages: [], severity: 'info', zh: 'x', hours: 1 }).problem).toMatch(/at least one village/);
    expect(parseAlertRequest({ villages: ['Bad Code'], severity: 'info', zh: 'x', hours: 1 }).problem).toMatch(/invalid village code/);
    expect(parseAlertRequest({ villages: ['*'], severity: 'panic', zh: 'x', hours: 1 }).problem).toMatch(/severity must be one of info, warning, danger/);
    expect(parseAlertRequest({ villages: ['*'], severity: 'info', zh: ' ', hours: 1 }).problem).toMatch(/Chinese text/);
    expect(parseAlertRequest({ villages: ['*'], severity: 'info', zh: 'x', hours: 0 }).problem).toMatch(/hours/);
  });

  it('without a county key, refuses before asking anyone', async () => {
    const outcome = await issueAlert({ target: new URL('http://127.0.0.1:9/'), prefix: '', signer: undefined, incoming: { headers: {} } as IncomingMessage, body: {} });
    expect(outcome).toEqual({ status: 503, body: expect.objectContaining({ error: 'no_county_key' }) });
  });
});
