/**
 * Catalog files published at run time (`catalog_publications`, migration 0008): stored with who
 * published them and when, and applied over the catalog/ folder at every start, in the order
 * they were published (src/catalog/publish.ts says what publishing means).
 *
 * A publication is planned and stored under a transaction-level advisory lock, after applying
 * whatever other server processes published since this one last looked: so what is stored
 * always applies, in id order, and a start never meets a publication it cannot apply.
 */
import type pg from 'pg';
import type { Catalog } from '../catalog/catalog.ts';
import { checkFile, type FileProblem } from '../catalog/files.ts';
import { applyPublication, planPublication } from '../catalog/publish.ts';
import type { CatalogFile } from '../catalog/schema.ts';
import { withTransaction } from './transaction.ts';

export interface Publication {
  id: number;
  file: string;
  effectiveFrom: string;
  publishedBy: string;
  publishedAt: string;
  services: { serviceId: string; version: number }[];
}

interface Row {
  id: string;
  file: string;
  effective_from: string;
  content: unknown;
  published_by: string;
  published_at: Date;
}

const columns = `id, file, to_char(effective_from, 'YYYY-MM-DD') AS effective_from, content, published_by, published_at`;
/** The advisory lock key of publishing (any constant; this one reads "catalog"). */
const LOCK = 0x636174616c6f67;

/** The last publication applied to each catalog in memory. */
const applied = new WeakMap<Catalog, number>();

/** Applies the publications stored after the last one this catalog has. */
async function catchUp(db: pg.Pool | pg.ClientBase, catalog: Catalog): Promise<void> {
  const { rows } = await db.query<Row>(
    `SELECT ${columns} FROM catalog_publications WHERE id > $1 ORDER BY id`,
    [applied.get(catalog) ?? 0],
  );
  for (const row of rows) {
    // Applied meanwhile by this process's own publish (its commit and this read crossed).
    if (Number(row.id) <= (applied.get(catalog) ?? 0)) continue;
    const checked = checkFile(row.file, JSON.stringify(row.content));
    const planned =
      'problems' in checked ? checked : planPublication(catalog, row.file, checked.data, row.effective_from);
    if ('problems' in planned) {
      const p = planned.problems[0];
      throw new Error(`catalog publication ${row.id}: ${p?.file}: ${p?.path}: ${p?.message}`);
    }
    applyPublication(catalog, planned.plan);
    applied.set(catalog, Number(row.id));
  }
}

/** At start: every stored publication over the folder's catalog; one that cannot apply stops the start. */
export async function loadPublications(pool: pg.Pool, catalog: Catalog): Promise<void> {
  await catchUp(pool, catalog);
}

export async function listPublications(pool: pg.Pool): Promise<Publication[]> {
  const { rows } = await pool.query<Row>(`SELECT ${columns} FROM catalog_publications ORDER BY id`);
  return rows.map(publicationOf);
}

/**
 * Publishes a checked file: plans it against the catalog (brought up to date with the other
 * processes' publications first), stores it and applies it; or returns the problems, storing nothing.
 */
export async function publish(
  pool: pg.Pool,
  catalog: Catalog,
  p: {
    file: string;
    effectiveFrom: string;
    data: CatalogFile;
    content: unknown;
    publishedBy: string;
    publishedAt: Date;
  },
): Promise<{ publication: Publication } | { problems: FileProblem[] }> {
  const done = await withTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK]);
    await catchUp(client, catalog);
    const planned = planPublication(catalog, p.file, p.data, p.effectiveFrom);
    // Nothing was written: committing the lock alone is the same as rolling back.
    if ('problems' in planned) return planned;
    const { rows } = await client.query<Row>(
      `INSERT INTO catalog_publications (file, effective_from, content, published_by, published_at)
       VALUES ($1, $2, $3, $4, $5) RETURNING ${columns}`,
      [p.file, p.effectiveFrom, JSON.stringify(p.content), p.publishedBy, p.publishedAt],
    );
    return { plan: planned.plan, row: rows[0] as Row };
  });
  if ('problems' in done) return done;
  applyPublication(catalog, done.plan);
  applied.set(catalog, Number(done.row.id));
  return { publication: publicationOf(done.row) };
}

function publicationOf(row: Row): Publication {
  const content = row.content as { services?: { id: string; version?: number }[] };
  return {
    id: Number(row.id),
    file: row.file,
    effectiveFrom: row.effective_from,
    publishedBy: row.published_by,
    publishedAt: row.published_at.toISOString(),
    services: (content.services ?? []).map((s) => ({ serviceId: s.id, version: s.version ?? 1 })),
  };
}

/** The publications of one database, for the platform's repositories. */
export class CatalogPublicationRepository {
  constructor(private readonly pool: pg.Pool) {}

  /** At start: every stored publication over the folder's catalog. */
  load(catalog: Catalog): Promise<void> {
    return loadPublications(this.pool, catalog);
  }

  list(): Promise<Publication[]> {
    return listPublications(this.pool);
  }

  publish(catalog: Catalog, p: Parameters<typeof publish>[2]): ReturnType<typeof publish> {
    return publish(this.pool, catalog, p);
  }
}
