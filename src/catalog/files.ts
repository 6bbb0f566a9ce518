/**
 * The catalog's I/O edge: reads the data files of a folder (default: catalog/ at the
 * repository root), checks each against the schema and the cross-references, and reports every
 * problem with the file, the path inside it and what is wrong.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Catalog } from './catalog.ts';
import { checkIntegrity } from './integrity.ts';
import { CatalogFile } from './schema.ts';
import { ComplaintsLaw, PermitsLaw } from './law.ts';

export const DEFAULT_CATALOG_DIR = fileURLToPath(new URL('../../catalog', import.meta.url));

export interface FileProblem {
  file: string;
  path: string;
  message: string;
}

export interface LoadedCatalog {
  catalog: Catalog;
  files: { file: string; data: CatalogFile }[];
  problems: FileProblem[];
}

/** Reads a catalog folder, or a single file; invalid files are reported and left out. */
export function loadCatalog(path: string = DEFAULT_CATALOG_DIR): LoadedCatalog {
  const paths = statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => join(path, f))
    : [path];
  const problems: FileProblem[] = [];
  const files: { file: string; data: CatalogFile }[] = [];
  for (const p of paths) {
    const file = basename(p);
    const fileProblems = checkFile(file, readFileSync(p, 'utf8'));
    if ('problems' in fileProblems) problems.push(...fileProblems.problems);
    else files.push({ file, data: fileProblems.data });
  }
  return { catalog: new Catalog(files), files, problems };
}

export function checkFile(file: string, text: string): { data: CatalogFile } | { problems: FileProblem[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { problems: [{ file, path: '(file)', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  const parsed = CatalogFile.safeParse(json);
  if (!parsed.success)
    return {
      problems: parsed.error.issues.map((i) => ({
        file,
        path: i.path.join('.') || '(root)',
        message: i.message,
      })),
    };
  const integrity = checkIntegrity(parsed.data);
  if (integrity.length > 0) return { problems: integrity.map((p) => ({ file, ...p })) };
  return { data: parsed.data };
}

/** The general rules of the Law on permits and notifications (catalog/laws/). */
export function loadPermitsLaw(dir: string = DEFAULT_CATALOG_DIR): PermitsLaw {
  return PermitsLaw.parse(
    JSON.parse(readFileSync(join(dir, 'laws', 'permits-and-notifications.json'), 'utf8')),
  );
}

/** The general complaint rules (catalog/laws/complaints.json), for services whose act sets none. */
export function loadComplaintsLaw(dir: string = DEFAULT_CATALOG_DIR): ComplaintsLaw {
  return ComplaintsLaw.parse(JSON.parse(readFileSync(join(dir, 'laws', 'complaints.json'), 'utf8')));
}
