/**
 * Runtime settings: an administrator changes them over the API (`GET/PUT /admin/settings`),
 * they are kept in the `settings` table (migration 0008), and a key not set there takes its
 * default from the environment (src/config.ts: RUQSAT_ATTACHMENT_LIMIT, RUQSAT_PUBLIC_URL).
 * Every server process reads them from the database when it needs them, so a change applies
 * at once everywhere.
 */
import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import { requireAdminSession } from './auth.ts';
import type { ServerContext } from './context.ts';
import { answers, arr, obj, settings, str, type Api } from './schemas.ts';

/** The hard ceiling of an attachment, whatever the setting: Fastify reads no more than this. */
export const MAX_ATTACHMENT_BYTES = 50 * 1_048_576;

/** The hard ceilings of an application's attachments together, whatever the settings. */
export const MAX_ATTACHMENTS_PER_APPLICATION = 200;
export const MAX_ATTACHMENT_TOTAL_BYTES = 500 * 1_048_576;

export const RuntimeSettings = z.object({
  /** Largest attachment in bytes (`413 server.body_too_large` above it). */
  attachmentMaxBytes: z.number().int().min(1024).max(MAX_ATTACHMENT_BYTES),
  /** Most files one application may carry (`422 attachments.too_many` for the next one). */
  attachmentMaxCount: z.number().int().min(1).max(MAX_ATTACHMENTS_PER_APPLICATION),
  /** Most bytes one application's files may add up to (`413 attachments.total_too_large`). */
  attachmentMaxTotalBytes: z.number().int().min(1024).max(MAX_ATTACHMENT_TOTAL_BYTES),
  /** The public origin (and path prefix) printed in documents' QR links: `<publicBaseUrl>/p/<number>`. */
  publicBaseUrl: z
    .string()
    .max(500)
    .regex(
      /^https?:\/\/[^/?#\s]+(\/[^?#\s]*)?$/,
      'must be an http:// or https:// URL without query or fragment',
    )
    .transform((v) => v.replace(/\/+$/, '')),
});
export type RuntimeSettings = z.infer<typeof RuntimeSettings>;

// 50 files and 100 MiB: over twice the longest list of documents an applicant attaches in the
// seeds (seed 004, ors-special-technical-means-license: 21), so a document may take several
// files, and ten full-size scans; more is a runaway client or an attack on the database's disk.
export const DEFAULT_SETTINGS: RuntimeSettings = {
  attachmentMaxBytes: 10 * 1_048_576,
  attachmentMaxCount: 50,
  attachmentMaxTotalBytes: 100 * 1_048_576,
  publicBaseUrl: 'http://localhost:3000',
};

const keys = Object.keys(RuntimeSettings.shape) as (keyof RuntimeSettings)[];

/** The settings in force: the stored ones over the deployment's defaults. */
export async function currentSettings(ctx: ServerContext): Promise<RuntimeSettings> {
  const stored = await ctx.platform.store.repos.settings.values(keys);
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS, ...ctx.settingsDefaults };
  for (const [key, value] of stored) merged[key] = value;
  const parsed = RuntimeSettings.safeParse(merged);
  // A stored value is validated on the way in; should one be unreadable, the defaults stand.
  return parsed.success ? parsed.data : { ...DEFAULT_SETTINGS, ...ctx.settingsDefaults };
}

/**
 * Every public URL documents may have been printed with, the one in force first: a recorded
 * document is re-rendered with each until its hash matches (the PDF bytes are not stored).
 */
export async function publicBaseUrlsEver(ctx: ServerContext): Promise<string[]> {
  const history = await ctx.platform.store.repos.settings.history('publicBaseUrl');
  const urls = [
    (await currentSettings(ctx)).publicBaseUrl,
    ...history.filter((v): v is string => typeof v === 'string'),
    ctx.settingsDefaults?.publicBaseUrl ?? DEFAULT_SETTINGS.publicBaseUrl,
    DEFAULT_SETTINGS.publicBaseUrl,
  ];
  return [...new Set(urls.map((u) => u.replace(/\/+$/, '')))];
}

export function adminSettingsRoutes(api: Api, ctx: ServerContext): void {
  const { sessions, platform } = ctx;
  const stored = platform.store.repos.settings;

  api.get(
    '/admin/settings',
    {
      schema: {
        operationId: 'getSettings',
        tags: ['admin'],
        summary: 'Runtime settings: the values in force and their environment defaults',
        response: answers(
          200,
          obj({ settings, defaults: settings, changed: arr(obj({ key: str, by: str, at: str })) }),
        ),
      },
    },
    async (request) => {
      await requireAdminSession(sessions, request);
      const changes = await stored.lastChanges(keys);
      return {
        settings: await currentSettings(ctx),
        defaults: { ...DEFAULT_SETTINGS, ...ctx.settingsDefaults },
        changed: changes.map((c) => ({ key: c.key, by: c.by, at: c.at.toISOString() })),
      };
    },
  );

  api.put(
    '/admin/settings',
    {
      schema: {
        operationId: 'putSettings',
        tags: ['admin'],
        summary: 'Change runtime settings (only the keys given); answers the settings in force',
        // The shape only: out-of-range values are the handler's admin.invalid_setting.
        body: z
          .object({
            attachmentMaxBytes: z.int().optional(),
            attachmentMaxCount: z.int().optional(),
            attachmentMaxTotalBytes: z.int().optional(),
            publicBaseUrl: z.string().max(500).optional(),
          })
          .refine((b) => Object.keys(b).length > 0, 'no setting given'),
        response: answers(200, obj({ settings })),
      },
    },
    async (request) => {
      const admin = await requireAdminSession(sessions, request);
      const parsed = RuntimeSettings.partial().safeParse(request.body);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new AppError('admin.invalid_setting', `setting ${issue?.path.join('.')}: ${issue?.message}`, {
          name: issue?.path.join('.') ?? '',
          reason: issue?.message ?? 'invalid',
        });
      }
      await stored.put(parsed.data, admin.login, platform.clock.now());
      return { settings: await currentSettings(ctx) };
    },
  );
}
