/**
 * Request bodies checked by zod (exact unions, real dates) with a JSON Schema for Fastify and the
 * OpenAPI document derived from the same zod schema.
 */
import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';

/** The body as T, or `400 server.invalid_request` naming the first field that is wrong. */
export function parseBody<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('server.invalid_request', 'body', {
      reason: `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`,
    });
  }
  return parsed.data;
}

/** JSON Schema of what a client sends (defaults optional); zod then checks what it cannot say. */
export function bodySchema(schema: z.ZodType): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { target: 'draft-7', io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  delete json['$schema'];
  // Fastify's Ajv drops the properties a branch does not name (removeAdditional) while it tries
  // a union's branches in turn, so a later branch (a refusal after "approve") would arrive
  // without its fields: the branches stay open here, and zod checks the exact shape.
  for (const branch of (json['anyOf'] as Record<string, unknown>[] | undefined) ?? [])
    delete branch['additionalProperties'];
  return json;
}
