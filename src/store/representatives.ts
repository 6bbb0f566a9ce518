/**
 * Which employees may act for an organisation, and with which powers (`representatives`,
 * migration 0003): the shape src/signature/roles.ts `checkSigningAuthority` reads. Withdrawing
 * or narrowing an employee's powers ends, in the same transaction, the sessions in which they
 * act for the organisation with more than is left (sessions.ts checks that on every request too).
 */
import type pg from 'pg';
import { SessionRepository } from './sessions.ts';
import { withTransaction } from './transaction.ts';

export interface RepresentativeRecord {
  bin: string;
  iin: string;
  powers: string[];
}

export class RepresentativeRepository {
  constructor(private readonly pool: pg.Pool) {}

  /** The organisation's employees and their powers, by IIN. */
  async ofOrganisation(bin: string): Promise<RepresentativeRecord[]> {
    const { rows } = await this.pool.query<RepresentativeRecord>(
      'SELECT bin, iin, powers FROM representatives WHERE bin = $1 ORDER BY iin',
      [bin],
    );
    return rows;
  }

  /** Records (or replaces) an employee's powers; returns how many of their sessions ended. */
  async put(r: RepresentativeRecord, recordedBy: string, at: Date): Promise<number> {
    return withTransaction(this.pool, async (db) => {
      await db.query(
        `INSERT INTO representatives (bin, iin, powers, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (bin, iin) DO UPDATE SET powers = $3, recorded_by = $4, recorded_at = $5`,
        [r.bin, r.iin, r.powers, recordedBy, at],
      );
      return SessionRepository.endUnentitled(db, r.bin);
    });
  }

  /** Withdraws an employee's powers; returns how many of their sessions ended. */
  async delete(bin: string, iin: string): Promise<number> {
    return withTransaction(this.pool, async (db) => {
      await db.query('DELETE FROM representatives WHERE bin = $1 AND iin = $2', [bin, iin]);
      return SessionRepository.endUnentitled(db, bin);
    });
  }
}
