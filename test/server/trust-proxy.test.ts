/**
 * Behind HAProxy (deploy/ha/haproxy.cfg, `option forwardfor`) every connection comes from the
 * proxy: with RUQSAT_TRUST_PROXY naming it, the rate limits and /metrics see the client address
 * the proxy forwards; a sender not named there cannot choose its address by the header.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.ts';
import { startServer, type TestServer } from './harness.ts';

const PROXY = '10.0.0.5';
let s: TestServer;

beforeAll(async () => {
  s = await startServer({ rateLimitMax: 2, trustProxy: [PROXY, '127.0.0.1'], production: true });
}, 60_000);
afterAll(() => s?.close());

/** A public registry lookup (limited to 2 a minute here) from `peer`, forwarding `forwarded`. */
const lookup = async (peer: string, forwarded?: string) =>
  (
    await s.app.inject({
      url: '/api/v1/public/permits/KZ02FLG25000123',
      remoteAddress: peer,
      ...(forwarded === undefined ? {} : { headers: { 'x-forwarded-for': forwarded } }),
    })
  ).statusCode;

describe('behind a trusted proxy', () => {
  it('counts the rate limit per forwarded client, not per proxy', async () => {
    // 2 a minute: the third lookup of client .7 is refused, client .8's first is not.
    expect(await lookup(PROXY, '203.0.113.7')).toBe(404);
    expect(await lookup(PROXY, '203.0.113.7')).toBe(404);
    expect(await lookup(PROXY, '203.0.113.7')).toBe(429);
    expect(await lookup(PROXY, '203.0.113.8')).toBe(404);
    // HAProxy appends the address it saw: what the client wrote before it does not count.
    expect(await lookup(PROXY, '203.0.113.9, 203.0.113.7')).toBe(429);
  });

  it('ignores X-Forwarded-For from a sender it does not trust', async () => {
    const peer = '198.51.100.1';
    expect(await lookup(peer, '203.0.113.20')).toBe(404);
    expect(await lookup(peer, '203.0.113.21')).toBe(404);
    expect(await lookup(peer, '203.0.113.22')).toBe(429);
  });

  it('serves /metrics to this machine, not to a client the local proxy forwards', async () => {
    const local = await s.app.inject({ url: '/metrics', remoteAddress: '127.0.0.1' });
    expect(local.statusCode).toBe(200);
    const forwarded = await s.app.inject({
      url: '/metrics',
      remoteAddress: '127.0.0.1',
      headers: { 'x-forwarded-for': '203.0.113.7' },
    });
    expect(forwarded.statusCode).toBe(403);
  });
});

describe('RUQSAT_TRUST_PROXY', () => {
  it('reads addresses and CIDR ranges, refuses anything else, and trusts nobody when unset', () => {
    expect(readConfig({}).trustProxy).toEqual([]);
    expect(readConfig({ RUQSAT_TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,::1' }).trustProxy).toEqual([
      '127.0.0.1',
      '10.0.0.0/8',
      '::1',
    ]);
    expect(() => readConfig({ RUQSAT_TRUST_PROXY: 'haproxy' })).toThrow(/RUQSAT_TRUST_PROXY/);
    expect(() => readConfig({ RUQSAT_TRUST_PROXY: 'true' })).toThrow(/RUQSAT_TRUST_PROXY/);
  });
});
