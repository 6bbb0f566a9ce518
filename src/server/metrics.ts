/**
 * Request counts and durations per route and status, in the Prometheus text format at
 * /metrics: what a supervisor's dashboard or an alert on 5xx rates reads. In memory, per process.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { problems } from './schemas.ts';
import { AppError } from '../errors/app-error.ts';

/** Loopback addresses: a scraper on the same machine. */
const loopback = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

interface Series {
  count: number;
  seconds: number;
}

/**
 * In production /metrics answers only a request from this machine (a local Prometheus agent)
 * or from an administrator's session; elsewhere `403 auth.forbidden`. "From" is request.ip: behind
 * a proxy named in RUQSAT_TRUST_PROXY, the client's address it forwards, not the proxy's
 * loopback; an untrusted proxy on the same machine must not forward /metrics.
 */
export function metricsRoutes(
  app: FastifyInstance,
  access: { production: boolean; isAdmin: (request: FastifyRequest) => Promise<boolean> } = {
    production: false,
    isAdmin: async () => false,
  },
): void {
  const series = new Map<string, Series>();
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const key = `method="${request.method}",route="${route.replace(/"/g, '')}",status="${reply.statusCode}"`;
    const s = series.get(key) ?? { count: 0, seconds: 0 };
    s.count += 1;
    s.seconds += reply.elapsedTime / 1000;
    series.set(key, s);
  });
  app.get(
    '/metrics',
    {
      schema: {
        operationId: 'metrics',
        tags: ['ops'],
        summary: 'Request counts and durations (Prometheus text format)',
        response: {
          200: { description: 'The figures', content: { 'text/plain': { schema: z.string() } } },
          ...problems,
        },
      },
    },
    async (request, reply) => {
      if (access.production && !loopback.has(request.ip) && !(await access.isAdmin(request)))
        throw new AppError('auth.forbidden', 'metrics: not local, not an administrator', {
          audience: 'administrators',
        });
      const lines = [
        '# HELP ruqsat_http_requests_total Requests answered, by method, route and status.',
        '# TYPE ruqsat_http_requests_total counter',
        ...[...series].map(([k, s]) => `ruqsat_http_requests_total{${k}} ${s.count}`),
        '# HELP ruqsat_http_request_duration_seconds_sum Time spent answering, by method, route and status.',
        '# TYPE ruqsat_http_request_duration_seconds_sum counter',
        ...[...series].map(
          ([k, s]) => `ruqsat_http_request_duration_seconds_sum{${k}} ${s.seconds.toFixed(6)}`,
        ),
      ];
      return reply.type('text/plain; version=0.0.4').send(`${lines.join('\n')}\n`);
    },
  );
}
