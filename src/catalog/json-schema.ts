/** The catalog schema as JSON Schema, for editors completing catalog/*.json. Pure. */
import { z } from 'zod';
import { CatalogFile } from './schema.ts';

export function catalogJsonSchema(): string {
  // `input`: fields with defaults are optional in the files, as the parser treats them.
  const schema = z.toJSONSchema(CatalogFile, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'Ruqsat catalog file: a normative act and its services' }, null, 2)}\n`;
}
