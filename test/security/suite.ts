/**
 * The attack suite's harness: one server per test file listening on the loopback interface
 * (port 0, so files never collide), requests sent over real HTTP with `fetch` and a time limit,
 * and the figures of the file — routes probed, attacks tried, attacks refused as they must be —
 * printed as one JSON line when the file ends (`{"suite":"security/<name>", …}`), so a CI log
 * keeps them. An attack counts as held only when its test's assertions passed.
 */
import { afterAll, beforeAll } from 'vitest';
import { startServer, type Auth, type TestServer } from '../server/harness.ts';

export interface Sent {
  status: number;
  headers: Headers;
  text: string;
  json: <T = { code?: string; detail?: string }>() => T;
}

export interface Suite {
  server: () => TestServer;
  base: () => string;
  /** One HTTP request to the loopback server (10 s at most); the route is counted as probed. */
  send: (
    method: string,
    path: string,
    options?: {
      auth?: Auth;
      body?: unknown;
      raw?: string;
      /** A file, sent as application/octet-stream. */
      bytes?: Uint8Array;
      headers?: Record<string, string>;
      route?: string;
    },
  ) => Promise<Sent>;
  /** Counts one attack; `held` after its assertions passed. */
  attack: (name: string) => { held: () => void };
}

export function securitySuite(name: string): Suite {
  let server: TestServer | undefined;
  let base = '';
  const routes = new Set<string>();
  const attacks = new Map<string, { tried: number; held: number }>();

  beforeAll(async () => {
    server = await startServer();
    base = await server.app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await server?.close();
    const tried = [...attacks.values()].reduce((n, a) => n + a.tried, 0);
    const held = [...attacks.values()].reduce((n, a) => n + a.held, 0);
    process.stdout.write(
      `${JSON.stringify({
        suite: `security/${name}`,
        routesProbed: routes.size,
        attacksTried: tried,
        attacksHeld: held,
        attacksGotThrough: tried - held,
        byKind: Object.fromEntries(attacks),
      })}\n`,
    );
  });

  return {
    server: () => {
      if (server === undefined) throw new Error('the server is not started yet');
      return server;
    },
    base: () => base,
    async send(method, path, options = {}) {
      routes.add(`${method} ${options.route ?? path.replace(/\?.*$/, '')}`);
      const body =
        options.bytes ??
        options.raw ??
        (options.body === undefined ? undefined : JSON.stringify(options.body));
      const type = options.bytes !== undefined ? 'application/octet-stream' : 'application/json';
      const res = await fetch(base + path, {
        method,
        redirect: 'manual',
        signal: AbortSignal.timeout(10_000),
        headers: {
          ...(options.auth?.headers ?? {}),
          ...(body === undefined ? {} : { 'content-type': type }),
          ...(options.headers ?? {}),
        },
        ...(body === undefined ? {} : { body }),
      });
      const text = await res.text();
      return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) };
    },
    attack(kind) {
      const entry = attacks.get(kind) ?? { tried: 0, held: 0 };
      attacks.set(kind, entry);
      entry.tried++;
      return {
        held: () => {
          entry.held++;
        },
      };
    },
  };
}
