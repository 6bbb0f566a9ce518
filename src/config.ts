/**
 * The deployment's settings, read once from the environment and validated. Demo defaults are
 * refused in production where they would be unsafe.
 */
import { z } from 'zod';

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

const Env = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Whether repealed services still take applications (the demo: yes, visibly marked). */
  RUQSAT_ACCEPT_REPEALED: flag.optional(),
  RUQSAT_CATALOG_DIR: z.string().optional(),
});

export interface Config {
  production: boolean;
  host: string;
  port: number;
  acceptRepealed: boolean;
  catalogDir: string | undefined;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid setting ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  return {
    production,
    host: e.HOST,
    port: e.PORT,
    acceptRepealed: e.RUQSAT_ACCEPT_REPEALED ?? !production,
    catalogDir: e.RUQSAT_CATALOG_DIR,
  };
}
