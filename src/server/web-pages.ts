/**
 * The web pages (`web/`, built by Vite into `web/dist`): static assets with long caching, and
 * the single page's index.html for every page address — `/`, `/services/…`, `/cabinet/…`,
 * `/desk/…`, `/registry/…` — with `<html lang>` set from Accept-Language, so the first paint
 * is already in the visitor's language. `/p/:number` (the QR link printed on a permit) is a
 * page for a browser and stays the JSON verification for any other client.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.ts';
import { requestLanguage } from './problem.ts';

export const WEB_ROOT = join(import.meta.dirname, '..', '..', 'web', 'dist');

/** The addresses the single page answers; anything else under them is its own 404 page. */
const pagePrefixes = ['/services', '/apply', '/cabinet', '/login', '/desk', '/registry', '/p/', '/dashboard'];

export function isPageRequest(request: FastifyRequest): boolean {
  const path = request.url.split('?')[0] ?? '';
  const wantsHtml = (request.headers.accept ?? '').includes('text/html');
  return (
    request.method === 'GET' &&
    wantsHtml &&
    (path === '/' || pagePrefixes.some((p) => path === p || path.startsWith(p.endsWith('/') ? p : `${p}/`)))
  );
}

/** Registered on the root instance: its onRequest hook sees every request, routed or not. */
export function webPages(app: FastifyInstance, root: string = WEB_ROOT): void {
  let index: string;
  try {
    index = readFileSync(join(root, 'index.html'), 'utf8');
  } catch {
    throw new AppError('server.web_not_built', `no web pages in ${root}: run npm run build`, { root });
  }
  void app.register(fastifyStatic, {
    root: join(root, 'assets'),
    prefix: '/assets/',
    // Vite names every asset by its content hash: a changed file is a new address.
    immutable: true,
    maxAge: '365d',
    index: false,
  });
  // The page is answered from a hook, outside any route, where @fastify/compress does not reach:
  // compressed here, once per language and encoding.
  const bodies = new Map<string, Buffer | string>();
  const body = (lang: string, encoding: 'br' | 'gzip' | 'identity') => {
    const key = `${lang} ${encoding}`;
    let b = bodies.get(key);
    if (b === undefined) {
      const html = index.replace(/<html lang="[a-z]+"/, `<html lang="${lang}"`);
      b = encoding === 'br' ? brotliCompressSync(html) : encoding === 'gzip' ? gzipSync(html) : html;
      bodies.set(key, b);
    }
    return b;
  };
  const page = (request: FastifyRequest, reply: FastifyReply) => {
    const accepted = String(request.headers['accept-encoding'] ?? '');
    const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : 'identity';
    if (encoding !== 'identity') reply.header('content-encoding', encoding);
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .header('vary', 'accept, accept-language, accept-encoding')
      .send(body(requestLanguage(request), encoding));
  };
  app.addHook('onRequest', async (request, reply) => {
    if (isPageRequest(request)) return page(request, reply);
  });
  app.get('/favicon.svg', { schema: { hide: true } }, (_request, reply) =>
    reply.sendFile('favicon.svg', root),
  );
}
