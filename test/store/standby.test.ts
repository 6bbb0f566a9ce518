/**
 * DATABASE_READ_URL (issue 17): the public registry and the indicators read on the standby's
 * pool, everything else on the primary's; a standby that cannot answer hands the read to the
 * primary. A second database with the same schema stands in for the standby, so what each pool
 * reads can be told apart.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, pgStoreOf, type Store } from '../../src/store/index.ts';
import { createScratchDatabase } from '../../src/store/scratch-database.ts';
import { standbyFailed } from '../../src/store/standby.ts';
import { freshPlace, kinds, serverUrl, type Place } from './fixture.ts';

const permit = (number: string) => ({
  number,
  holderId: '900101300011',
  serviceId: 'svc-1',
  status: 'active',
  data: { kind: 'license' },
});

/** Registered 2 June 2025 (UTC+5): counted by the indicators of June 2025. */
const registered = (id: string) => ({
  summary: { id, serviceId: 'svc-1', providerId: 'prov-1', status: 'registered', applicantId: null },
  state: { id, registration: { registeredAt: '2025-06-02T05:00:00.000Z' }, steps: [] },
  events: [{ type: 'registered', at: '2025-06-02T05:00:00.000Z', data: {} }],
});

const june = { from: '2025-06-01', to: '2025-07-01', now: new Date('2025-06-30T12:00:00Z') };

describe.each(kinds)('%s store: reads on a standby', (kind) => {
  let place: Place;
  let primary: Store;
  let standIn: Store;
  let both: Store;
  let dropStandIn: () => Promise<void> = async () => undefined;

  beforeAll(async () => {
    place = await freshPlace(kind);
    primary = await openStore(place.options);
    const url = pgStoreOf(primary).url;
    let standInUrl: string;
    if (kind === 'server') {
      const db = await createScratchDatabase(serverUrl ?? '', 'ruqsat_standby');
      standInUrl = db.url;
      dropStandIn = () => db.drop();
    } else {
      await pgStoreOf(primary).pool.query('CREATE DATABASE standby_stand_in');
      standInUrl = url.replace('/postgres?', '/standby_stand_in?');
    }
    standIn = await openStore({ databaseUrl: standInUrl });
    both = await openStore({ databaseUrl: url, readUrl: standInUrl });
  }, 60_000);
  afterAll(async () => {
    await both?.close();
    await standIn?.close();
    await primary?.close();
    await dropStandIn();
    await place?.cleanup();
  });

  it('reads the public registry and the indicators on the standby, the rest on the primary', async () => {
    await standIn.transaction((tx) => tx.putPermit(permit('KZ-ON-STANDBY')));
    const a = registered('sb-1');
    await standIn.transaction((tx) => tx.saveApplication(a.summary, 0, a.state, a.events));
    await primary.transaction((tx) => tx.putPermit(permit('KZ-ON-PRIMARY')));

    expect((await both.repos.publicRegistry.permit('KZ-ON-STANDBY'))?.number).toBe('KZ-ON-STANDBY');
    expect(await both.repos.publicRegistry.permit('KZ-ON-PRIMARY')).toBeUndefined();
    expect((await both.repos.publicRegistry.ofHolder('900101300011')).map((p) => p.number)).toEqual([
      'KZ-ON-STANDBY',
    ]);
    expect((await both.repos.indicators.rows(june)).onTime?.registered).toBe(1);
    // The engine's own reads stay on the primary.
    expect(await both.findPermit('KZ-ON-STANDBY')).toBeUndefined();
    expect((await both.findPermit('KZ-ON-PRIMARY'))?.number).toBe('KZ-ON-PRIMARY');
    expect((await primary.repos.indicators.rows(june)).onTime?.registered).toBe(0);
  });

  it('reads on the primary when the standby cannot be reached', async () => {
    const url = pgStoreOf(primary).url;
    const lost = await openStore({ databaseUrl: url, readUrl: 'postgresql://postgres@127.0.0.1:1/none' });
    try {
      expect((await lost.repos.publicRegistry.permit('KZ-ON-PRIMARY'))?.number).toBe('KZ-ON-PRIMARY');
      expect((await lost.repos.indicators.rows(june)).onTime?.registered).toBe(0);
    } finally {
      await lost.close();
    }
  });
});

describe('standbyFailed', () => {
  const dbError = (code: string, severity = 'ERROR') =>
    Object.assign(new pg.DatabaseError('x', 0, 'error'), { code, severity });

  it("hands the standby's failures to the primary, not the statement's own", () => {
    expect(standbyFailed(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toBe(
      true,
    );
    expect(standbyFailed(dbError('40001'))).toBe(true); // cancelled: conflict with recovery
    expect(standbyFailed(dbError('57P01', 'FATAL'))).toBe(true); // terminated: the standby stopping
    expect(standbyFailed(dbError('08006'))).toBe(true);
    expect(standbyFailed(dbError('42601'))).toBe(false); // a syntax error fails on the primary too
    expect(standbyFailed(dbError('22P02'))).toBe(false);
  });
});
