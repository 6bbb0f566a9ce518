import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, pgStoreOf, type Store } from '../../src/store/index.ts';
import { event, exitOf, freshPlace, kinds, startChild, summary, type Place } from './fixture.ts';

describe.each(kinds)('%s store: timers fired by two processes', (kind) => {
  let place: Place;
  let store: Store;
  beforeAll(async () => {
    place = await freshPlace(kind);
    store = await openStore(place.options);
  });
  afterAll(async () => {
    await store?.close();
    await place?.cleanup();
  });

  it('fires each of 200 due timers exactly once, and none that is not due', async () => {
    const now = new Date('2030-01-01T00:00:00Z');
    for (let a = 0; a < 40; a++)
      await store.transaction(async (tx) => {
        const id = `timers-${a}`;
        await tx.saveApplication(summary(id), 0, {}, [event('created')]);
        await tx.replaceTimers(id, [
          ...Array.from({ length: 5 }, (_, t) => ({
            kind: `step-${t}`,
            dueAt: new Date(now.getTime() - (a * 5 + t) * 60_000),
            payload: { a, t },
          })),
          ...(a % 4 === 0 ? [{ kind: 'later', dueAt: new Date(now.getTime() + 1000) }] : []),
        ]);
      });

    // On the embedded kind the workers reach this process's PostgreSQL by its socket URL.
    const url = pgStoreOf(store).url;
    const workers = ['A', 'B'].map((name) => ({ name, ...startChild('fire', url, name, now.toISOString()) }));
    const fired = new Map<string, number>();
    for (const w of workers) {
      const line = await w.lines.next();
      fired.set(w.name, Number(String(line.value).replace('fired ', '')));
      expect(await exitOf(w.child)).toBe(0);
    }

    const sum = (fired.get('A') ?? 0) + (fired.get('B') ?? 0);
    expect(sum).toBe(200);
    // Both took part: the claims really ran side by side.
    expect(fired.get('A')).toBeGreaterThan(0);
    expect(fired.get('B')).toBeGreaterThan(0);

    const sql = (text: string) =>
      pgStoreOf(store)
        .pool.query(text)
        .then((r) => r.rows);
    // Each handler wrote fired:<timer id> in the timer's transaction: 200 rows, none numbered 2.
    expect(
      await sql(
        `SELECT count(*)::int AS n, max(last_value)::int AS most FROM sequences WHERE name LIKE 'fired:%'`,
      ),
    ).toEqual([{ n: 200, most: 1 }]);
    expect(
      await sql(
        `SELECT name, last_value::int AS n FROM sequences WHERE name LIKE 'fired-by:%' ORDER BY name`,
      ),
    ).toEqual([
      { name: 'fired-by:A', n: fired.get('A') },
      { name: 'fired-by:B', n: fired.get('B') },
    ]);
    expect(await sql('SELECT count(*)::int AS n FROM timers WHERE fired_at IS NOT NULL')).toEqual([
      { n: 200 },
    ]);
    expect((await store.pendingTimers()).map((t) => t.kind)).toEqual(Array(10).fill('later'));
  });
});
