import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError, userMessage } from '../../src/errors/app-error.ts';
import {
  ConflictError,
  openStore,
  pgStoreOf,
  type DueTimer,
  type Store,
  type StoreTx,
} from '../../src/store/index.ts';
import { event, freshPlace, kinds, newId, summary, type Place } from './fixture.ts';

describe.each(kinds)('%s store', (kind) => {
  let place: Place;
  let store: Store;
  const sql = (text: string, values: unknown[] = []) => pgStoreOf(store).pool.query(text, values);

  beforeAll(async () => {
    place = await freshPlace(kind);
    store = await openStore(place.options);
  });
  afterAll(async () => {
    await store?.close();
    await place?.cleanup();
  });

  it('is the kind asked for', () => {
    expect(store.kind).toBe(kind);
  });

  describe('applications and their events', () => {
    it('writes the state and the events in one transaction, numbering the events after the version', async () => {
      const id = newId();
      const v1 = await store.transaction((tx) =>
        tx.saveApplication(summary(id), 0, { step: 1 }, [event('created', { a: [1, 2] }), event('filled')]),
      );
      expect(v1).toBe(2);
      const v2 = await store.transaction((tx) =>
        tx.saveApplication({ ...summary(id, 'submitted'), applicantId: '900101300123' }, 2, { step: 2 }, [
          { type: 'submitted', at: '2025-03-21T10:30:00+05:00', data: null },
        ]),
      );
      expect(v2).toBe(3);

      expect(await store.findApplication(id)).toMatchObject({
        id,
        version: 3,
        state: { step: 2 },
        status: 'submitted',
        applicantId: '900101300123',
        serviceId: 'svc-1',
        providerId: 'prov-1',
      });
      expect(await store.events(id)).toEqual([
        { type: 'created', at: '2025-03-21T05:30:00.000Z', data: { a: [1, 2] } },
        { type: 'filled', at: '2025-03-21T05:30:00.000Z', data: {} },
        // The same instant, given back in UTC.
        { type: 'submitted', at: '2025-03-21T05:30:00.000Z', data: null },
      ]);
      const seqs = await sql('SELECT seq FROM events WHERE application_id = $1 ORDER BY seq', [id]);
      expect(seqs.rows.map((r) => r.seq)).toEqual([1, 2, 3]);
    });

    it('leaves nothing behind when the transaction throws', async () => {
      const id = newId();
      const failure = new Error('the engine changed its mind');
      await expect(
        store.transaction(async (tx) => {
          await tx.saveApplication(summary(id), 0, {}, [event('created')]);
          await tx.recordCommand(`${id}:k`, id, { ok: true });
          await tx.replaceTimers(id, [{ kind: 'step', dueAt: new Date('2025-01-01') }]);
          await tx.nextNumber(`rollback:${id}`);
          await tx.putPermit({
            number: `P-${id}`,
            holderId: 'h',
            serviceId: 's',
            status: 'active',
            data: {},
          });
          throw failure;
        }),
      ).rejects.toBe(failure);
      expect(await store.findApplication(id)).toBeUndefined();
      expect(await store.events(id)).toEqual([]);
      expect(await store.pendingTimers(id)).toEqual([]);
      expect(await store.findPermit(`P-${id}`)).toBeUndefined();
      expect(await store.transaction((tx) => tx.findCommandResult(`${id}:k`))).toBeUndefined();
      expect(await store.transaction((tx) => tx.nextNumber(`rollback:${id}`))).toBe(1);
    });

    it('refuses a stale version with a ConflictError and writes nothing', async () => {
      const id = newId();
      await store.transaction((tx) => tx.saveApplication(summary(id), 0, { v: 1 }, [event('created')]));
      await store.transaction((tx) => tx.saveApplication(summary(id), 1, { v: 2 }, [event('changed')]));

      for (const expected of [0, 1, 5]) {
        const error = await store
          .transaction((tx) =>
            tx.saveApplication(summary(id, 'lost'), expected, { v: 'lost' }, [event('lost')]),
          )
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ConflictError);
        expect(error).toMatchObject({ code: 'store.conflict', params: { id } });
      }
      expect(await store.findApplication(id)).toMatchObject({ version: 2, state: { v: 2 }, status: 'draft' });
      expect((await store.events(id)).map((e) => e.type)).toEqual(['created', 'changed']);
    });

    it('lets exactly one of 20 concurrent saves from the same version win', async () => {
      const id = newId();
      await store.transaction((tx) =>
        tx.saveApplication(summary(id), 0, { winner: null }, [event('created')]),
      );
      const results = await Promise.allSettled(
        Array.from({ length: 20 }, (_, i) =>
          store.transaction((tx) => tx.saveApplication(summary(id), 1, { winner: i }, [event('won', { i })])),
        ),
      );
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r) => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(19);
      for (const r of lost) expect(r.reason).toBeInstanceOf(ConflictError);
      const row = await store.findApplication(id);
      const events = await store.events(id);
      expect(row?.version).toBe(2);
      expect(events).toHaveLength(2);
      expect(events[1]?.data).toEqual({ i: (row?.state as { winner: number }).winner });
    });

    it('needs at least one event per save, since the version counts them', async () => {
      await expect(
        store.transaction((tx) => tx.saveApplication(summary(newId()), 0, {}, [])),
      ).rejects.toThrow(RangeError);
    });

    it('lists applications by service, status and applicant', async () => {
      const [a, b, c] = [newId('list'), newId('list'), newId('list')];
      await store.transaction(async (tx) => {
        await tx.saveApplication({ ...summary(a), serviceId: 'svc-list' }, 0, {}, [event('created')]);
        await tx.saveApplication(
          { ...summary(b, 'issued'), serviceId: 'svc-list', applicantId: '123456789012' },
          0,
          {},
          [event('created')],
        );
        await tx.saveApplication({ ...summary(c), serviceId: 'svc-other' }, 0, {}, [event('created')]);
      });
      const ids = async (filter: Parameters<Store['listApplications']>[0]) =>
        (await store.listApplications(filter)).map((r) => r.id);
      expect(await ids({ serviceId: 'svc-list' })).toEqual([a, b].sort());
      expect(await ids({ serviceId: 'svc-list', status: 'issued' })).toEqual([b]);
      expect(await ids({ applicantId: '123456789012' })).toEqual([b]);
      expect(await ids(undefined)).toEqual(expect.arrayContaining([a, b, c]));
    });
  });

  describe('the event log in the database', () => {
    it('refuses UPDATE, DELETE and TRUNCATE on events, whoever asks', async () => {
      const id = newId();
      await store.transaction((tx) => tx.saveApplication(summary(id), 0, {}, [event('created')]));
      for (const statement of [
        `UPDATE events SET type = 'forged' WHERE application_id = '${id}'`,
        `DELETE FROM events WHERE application_id = '${id}'`,
        'TRUNCATE events',
      ])
        await expect(sql(statement)).rejects.toMatchObject({
          code: '23001',
          message: expect.stringContaining('append-only'),
        });
      expect((await store.events(id)).map((e) => e.type)).toEqual(['created']);
    });

    it('refuses a second event with the same number', async () => {
      const id = newId();
      await store.transaction((tx) => tx.saveApplication(summary(id), 0, {}, [event('created')]));
      await expect(
        sql(`INSERT INTO events (application_id, seq, type, at, data) VALUES ($1, 1, 'again', now(), '{}')`, [
          id,
        ]),
      ).rejects.toMatchObject({ code: '23505' });
    });
  });

  describe('idempotency records', () => {
    it('keeps the first result of a key', async () => {
      const id = newId();
      const key = `${id}:submit`;
      await store.transaction(async (tx) => {
        expect(await tx.findCommandResult(key)).toBeUndefined();
        await tx.saveApplication(summary(id), 0, {}, [event('created')]);
        await tx.recordCommand(key, id, { version: 1, events: ['created'] });
      });
      expect(await store.transaction((tx) => tx.findCommandResult(key))).toEqual({
        version: 1,
        events: ['created'],
      });
      await expect(
        store.transaction((tx) => tx.recordCommand(key, id, { version: 99 })),
      ).rejects.toBeInstanceOf(ConflictError);
      expect(await store.transaction((tx) => tx.findCommandResult(key))).toEqual({
        version: 1,
        events: ['created'],
      });
      // A command that created nothing, with a null result, is still recorded.
      await store.transaction((tx) => tx.recordCommand(`${id}:noop`, null, null));
      expect(await store.transaction((tx) => tx.findCommandResult(`${id}:noop`))).toBeNull();
    });

    it('lets only one of two concurrent transactions record the same key', async () => {
      const key = `${newId()}:race`;
      let firstRecorded!: () => void;
      const recorded = new Promise<void>((r) => (firstRecorded = r));
      const first = store.transaction(async (tx) => {
        await tx.recordCommand(key, null, 'first');
        firstRecorded();
        await new Promise((r) => setTimeout(r, 200)); // the second now waits on the key
      });
      await recorded;
      const second = store.transaction((tx) => tx.recordCommand(key, null, 'second'));
      const [a, b] = await Promise.allSettled([first, second]);
      expect(a.status).toBe('fulfilled');
      expect(b).toMatchObject({ status: 'rejected', reason: expect.any(ConflictError) });
      expect(await store.transaction((tx) => tx.findCommandResult(key))).toBe('first');
    });
  });

  describe('gapless sequences', () => {
    it('numbers 1, 2, 3 … per sequence, and a rollback gives its number back', async () => {
      const name = `inbound:${newId()}`;
      expect(await store.transaction((tx) => tx.nextNumber(name))).toBe(1);
      await expect(
        store.transaction(async (tx) => {
          expect(await tx.nextNumber(name)).toBe(2);
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      expect(await store.transaction((tx) => tx.nextNumber(name))).toBe(2);
      expect(await store.transaction((tx) => tx.nextNumber(`${name}:other`))).toBe(1);
    });

    it('gives concurrent transactions distinct numbers with no gap', async () => {
      const name = `permit:${newId()}`;
      const numbers = await Promise.all(
        Array.from({ length: 12 }, () => store.transaction((tx) => tx.nextNumber(name))),
      );
      expect(numbers.sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    });
  });

  describe('permits', () => {
    it('puts (insert or replace), finds by number and by holder', async () => {
      const holder = newId('bin');
      const permit = {
        number: `KZ-${holder}-1`,
        holderId: holder,
        serviceId: 'svc-1',
        status: 'active',
        data: { kind: 'x' },
      };
      await store.transaction((tx) => tx.putPermit(permit));
      await store.transaction((tx) => tx.putPermit({ ...permit, number: `KZ-${holder}-2` }));
      await store.transaction((tx) =>
        tx.putPermit({ ...permit, status: 'suspended', data: { kind: 'x', why: 'order' } }),
      );
      expect(await store.findPermit(permit.number)).toEqual({
        ...permit,
        status: 'suspended',
        data: { kind: 'x', why: 'order' },
      });
      expect(await store.transaction((tx) => tx.findPermit(`KZ-${holder}-2`))).toEqual({
        ...permit,
        number: `KZ-${holder}-2`,
      });
      expect((await store.repos.publicRegistry.ofHolder(holder)).map((p) => p.number)).toEqual([
        `KZ-${holder}-1`,
        `KZ-${holder}-2`,
      ]);
      expect(await store.findPermit('KZ-none')).toBeUndefined();
      expect(await store.repos.publicRegistry.ofHolder('nobody')).toEqual([]);
    });
  });

  describe('timers', () => {
    const at = (iso: string) => new Date(iso);

    async function withTimers(id: string, timers: { kind: string; dueAt: Date; payload?: unknown }[]) {
      await store.transaction(async (tx) => {
        await tx.saveApplication(summary(id), 0, {}, [event('created')]);
        await tx.replaceTimers(id, timers);
      });
    }

    it('replaces only the pending timers; fired ones stay as history', async () => {
      const id = newId();
      await withTimers(id, [
        { kind: 'a', dueAt: at('2025-01-01T00:00:00Z'), payload: { ref: 'x' } },
        { kind: 'b', dueAt: at('2030-01-01T00:00:00Z') },
      ]);
      const firedKinds: string[] = [];
      const handler = async (t: DueTimer) => {
        if (t.applicationId === id) firedKinds.push(t.kind);
      };
      await store.fireDueTimers(at('2025-06-01T00:00:00Z'), handler);
      expect(firedKinds).toEqual(['a']);
      await store.transaction((tx) =>
        tx.replaceTimers(id, [{ kind: 'c', dueAt: at('2031-01-01T00:00:00Z'), payload: [1] }]),
      );
      expect(await store.pendingTimers(id)).toEqual([
        {
          id: expect.any(String),
          applicationId: id,
          kind: 'c',
          dueAt: at('2031-01-01T00:00:00Z'),
          payload: [1],
        },
      ]);
      const rows = await sql('SELECT kind, fired_at FROM timers WHERE application_id = $1 ORDER BY kind', [
        id,
      ]);
      expect(rows.rows).toEqual([
        { kind: 'a', fired_at: at('2025-06-01T00:00:00Z') },
        { kind: 'c', fired_at: null },
      ]);
    });

    it('fires what is due by the clock given, earliest first, up to the limit, in the handler’s transaction', async () => {
      const id = newId();
      await withTimers(id, [
        { kind: 'third', dueAt: at('2026-03-03T00:00:00Z') },
        { kind: 'first', dueAt: at('2026-03-01T00:00:00Z') },
        { kind: 'second', dueAt: at('2026-03-02T00:00:00Z') },
        { kind: 'later', dueAt: at('2026-04-01T00:00:00Z') },
      ]);
      const mine = (kinds: string[]) => async (t: DueTimer, tx: StoreTx) => {
        if (t.applicationId !== id) return;
        kinds.push(t.kind);
        await tx.nextNumber(`fired:${id}`);
      };
      // Earlier tests' timers are due by now too: fire them first.
      await store.fireDueTimers(at('2026-02-01T00:00:00Z'), async () => undefined, 1000);
      const kinds: string[] = [];
      expect(await store.fireDueTimers(at('2026-03-15T00:00:00Z'), mine(kinds), 2)).toBe(2);
      expect(await store.fireDueTimers(at('2026-03-15T00:00:00Z'), mine(kinds))).toBe(1);
      expect(kinds).toEqual(['first', 'second', 'third']);
      expect((await store.pendingTimers(id)).map((t) => t.kind)).toEqual(['later']);
      expect(await store.transaction((tx) => tx.nextNumber(`fired:${id}`))).toBe(4);
    });

    it('leaves a timer whose handler throws pending, with its writes undone, and still fires the others', async () => {
      const id = newId();
      await withTimers(id, [
        { kind: 'bad', dueAt: at('2027-01-01T00:00:00Z') },
        { kind: 'good', dueAt: at('2027-01-02T00:00:00Z') },
      ]);
      await store.fireDueTimers(at('2026-12-31T00:00:00Z'), async () => undefined, 1000);
      const failure = new AppError('cases.not_ready', 'not yet', { reason: 'test' });
      const fired: string[] = [];
      await expect(
        store.fireDueTimers(at('2027-01-03T00:00:00Z'), async (t, tx) => {
          await tx.nextNumber(`attempt:${t.id}`);
          if (t.kind === 'bad') throw failure;
          fired.push(t.kind);
        }),
      ).rejects.toBe(failure);
      expect(fired).toEqual(['good']);
      const [bad] = await store.pendingTimers(id);
      expect(bad?.kind).toBe('bad');
      expect(await store.transaction((tx) => tx.nextNumber(`attempt:${bad?.id}`))).toBe(1);
      // Next round it fires.
      expect(await store.fireDueTimers(at('2027-01-03T00:00:00Z'), async () => undefined)).toBe(1);
      expect(await store.pendingTimers(id)).toEqual([]);
    });

    it('lets a handler replace its own application’s timers', async () => {
      const id = newId();
      await withTimers(id, [{ kind: 'step', dueAt: at('2028-01-01T00:00:00Z') }]);
      await store.fireDueTimers(at('2027-12-31T00:00:00Z'), async () => undefined, 1000);
      await store.fireDueTimers(at('2028-01-02T00:00:00Z'), async (t, tx) => {
        const row = await tx.findApplication(t.applicationId);
        await tx.saveApplication(summary(t.applicationId, 'overdue'), row?.version ?? 0, {}, [
          event('overdue'),
        ]);
        await tx.replaceTimers(t.applicationId, [{ kind: 'next', dueAt: at('2028-02-01T00:00:00Z') }]);
      });
      expect((await store.pendingTimers(id)).map((t) => t.kind)).toEqual(['next']);
      const rows = await sql('SELECT kind FROM timers WHERE application_id = $1 AND fired_at IS NOT NULL', [
        id,
      ]);
      expect(rows.rows).toEqual([{ kind: 'step' }]);
      expect(await store.findApplication(id)).toMatchObject({ version: 2, status: 'overdue' });
    });
  });

  describe('errors', () => {
    it('wraps what PostgreSQL refuses in an AppError, keeping the driver error as cause', async () => {
      const error = await store
        .transaction((tx) => tx.replaceTimers('no-such-application', [{ kind: 'x', dueAt: new Date() }]))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({
        code: 'store.unavailable',
        params: { reason: expect.stringContaining('23503') },
      });
      expect((error as AppError).cause).toMatchObject({ code: '23503' });
    });
  });
});

describe('openStore', () => {
  it('says the database cannot be reached, with the reason, when the server is not there', async () => {
    const error = await openStore({ databaseUrl: 'postgres://postgres@127.0.0.1:1/none' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'store.server_unreachable',
      params: { reason: expect.stringContaining('ECONNREFUSED') },
    });
    expect(userMessage(error as AppError, 'en')).toContain('Check DATABASE_URL');
  });
});
