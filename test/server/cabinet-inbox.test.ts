/**
 * The cabinet inbox is kept in the store: what an applicant was told is still there after the
 * server restarts, newest first, in the three languages, and only for that applicant.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SimulatedClock } from '../../src/cases/clock.ts';
import { scratchDatabase, startOn, type Database } from './admin-harness.ts';
import { bob, company, loginApplicant, submittedFlag } from './harness.ts';

let db: Database;
beforeAll(async () => {
  db = await scratchDatabase();
}, 60_000);
afterAll(async () => {
  await db?.drop();
});

it('keeps every message across a restart', async () => {
  const clock = new SimulatedClock(new Date('2025-04-15T10:00:00+05:00'));
  const first = await startOn(db, clock);
  const id = await submittedFlag(first.app, await loginApplicant(first.app, company));
  await first.close();

  const again = await startOn(db, clock);
  try {
    const inbox = async (who: string) =>
      (
        await again.app.inject({
          url: '/api/v1/notifications',
          headers: (await loginApplicant(again.app, who)).headers,
        })
      ).json<{ applicationId: string; kind: string; text: { kk: string; ru: string; en: string } }[]>();
    const mine = await inbox(company);
    expect(mine.map((m) => m.kind)).toContain('status:registered');
    expect(
      mine.every((m) => m.applicationId === id && m.text.kk !== '' && m.text.ru !== '' && m.text.en !== ''),
    ).toBe(true);
    expect(await inbox(bob)).toEqual([]);
  } finally {
    await again.close();
  }
}, 120_000);
