/**
 * One process at a time per data folder. The lock is a listening Unix socket in Linux's
 * abstract namespace, named after the folder's real path: binding it is atomic, a second
 * process gets EADDRINUSE, and the kernel releases it the moment its holder dies — even by
 * SIGKILL, where a pid or lock file would stay behind and need a staleness guess. (The
 * embedded binaries are Linux-only, so the Linux-only namespace costs nothing.)
 */
import { createHash } from 'node:crypto';
import { realpath } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { AppError } from '../errors/app-error.ts';

export interface DataDirLock {
  release(): Promise<void>;
}

/** Takes the folder's lock or throws AppError 'store.locked' with {dir}. The folder must exist. */
export async function lockDataDir(dir: string): Promise<DataDirLock> {
  const real = await realpath(dir);
  const name = `\0ruqsat-store-${createHash('sha256').update(real).digest('hex').slice(0, 40)}`;
  // Nobody needs to talk to the lock; a stray connection is closed at once.
  const server: Server = createServer((socket) => socket.destroy());
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen({ path: name }, resolve);
    });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'EADDRINUSE')
      throw new AppError('store.locked', `data folder ${real} is held by another process`, { dir: real });
    throw new AppError(
      'store.embedded_unavailable',
      `cannot lock ${real}`,
      { reason: String(error) },
      { cause: error },
    );
  }
  // Holding the lock must not keep the process alive by itself.
  server.unref();
  return {
    release: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
