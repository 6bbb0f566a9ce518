/**
 * The public registry's reads (GET /api/v1/public/permits…, /p/<number>) over the store's read
 * pool: the standby of DATABASE_READ_URL when one is set — these pages tolerate its replay lag
 * (docs/deploy.md) — else the primary. The statements are the store's own.
 */
import type pg from 'pg';
import { DocumentRepository, type DocumentRecord } from './documents.ts';
import { toPermit, type PermitDbRow } from './permit-row.ts';
import { sql } from './queries.ts';
import type { PermitRow } from './store.ts';

export class PublicRegistryRepository {
  private readonly documents: DocumentRepository;

  constructor(private readonly pool: pg.Pool) {
    this.documents = new DocumentRepository(pool);
  }

  async permit(number: string): Promise<PermitRow | undefined> {
    const row = (await this.pool.query<PermitDbRow>(sql.findPermit, [number])).rows[0];
    return row && toPermit(row);
  }

  async ofHolder(holderId: string): Promise<PermitRow[]> {
    return (await this.pool.query<PermitDbRow>(sql.findPermitsByHolder, [holderId])).rows.map(toPermit);
  }

  /** The documents signed for a permit, newest first. */
  documentsOf(permitNumber: string): Promise<DocumentRecord[]> {
    return this.documents.ofPermit(permitNumber);
  }
}
