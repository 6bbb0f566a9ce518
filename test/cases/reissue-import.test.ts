/**
 * A permit issued outside Ruqsat brought into the registry (issue 13 item 8), then reissued here
 * under seed 004 11-т. 1): the import keeps where it came from, refuses the same original number
 * twice and a holder that is not a valid IIN/BIN; the reissue records the declared change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimulatedClock } from '../../src/cases/clock.ts';
import type { Actor } from '../../src/cases/model.ts';
import { importExternalPermit } from '../../src/cases/permits.ts';
import type { Platform } from '../../src/platform.ts';
import type { Permit } from '../../src/registry/index.ts';
import { PermitImport } from '../../src/registry/import.ts';
import { storeTargets } from './stores.ts';

const SERVICE = 'crypto-protection-means-license';
const input = PermitImport.parse({
  originalNumber: '№ 0012345',
  holderId: '900404300004',
  serviceId: SERVICE,
  kind: 'license',
  issuedAt: '2019-05-14',
  source: { issuer: 'ҚР ҰҚК', reference: 'мұрағат ісі 15/2019, қағаз түпнұсқаның көшірмесі' },
});

for (const target of storeTargets) {
  describe(`registry import on the ${target.name} store`, () => {
    const clock = new SimulatedClock(new Date('2025-06-02T10:00:00+05:00'));
    let platform: Platform;
    let dispose: () => Promise<void>;
    beforeAll(async () => {
      const opened = await target.open(clock);
      platform = opened.platform;
      dispose = () => opened.dispose();
    }, 60_000);
    afterAll(async () => {
      await dispose();
    });

    const service = () => platform.catalog.versions(SERVICE).at(-1)?.service ?? expect.fail('no service');
    const importOne = (item: PermitImport) =>
      platform.store.transaction((tx) =>
        importExternalPermit(tx, item, service(), 'admin-1', clock.now(), '2025-06-02'),
      );

    it('imports with its source, refuses the same original number and a bad IIN, then reissues it', async () => {
      const permit = await importOne(input);
      // A registry number of the service's code for the year it was issued (2019), sequence 1.
      expect(permit.number).toMatch(/^KZ\d{2}[A-Z]{3}19000001$/);
      const stored = (await platform.store.findPermit(permit.number))?.data as Permit;
      expect(stored).toMatchObject({
        status: 'active',
        holderId: '900404300004',
        issuedAt: '2019-05-14',
        imported: { originalNumber: '№ 0012345', issuer: 'ҚР ҰҚК' },
        history: [{ action: 'imported', by: 'admin-1', ref: '№ 0012345' }],
      });

      await expect(
        importOne({ ...input, source: { issuer: 'x', reference: 'again' } }),
      ).rejects.toMatchObject({
        code: 'registry.already_in_registry',
        params: { existing: permit.number },
      });
      // 900404300005: the control digit of 900404300004 changed.
      await expect(
        importOne({ ...input, originalNumber: '№ 2', holderId: '900404300005' }),
      ).rejects.toMatchObject({ code: 'registry.invalid_holder' });
      // The refused imports took no number: the next one is sequence 2.
      expect((await importOne({ ...input, originalNumber: '№ 3' })).number).toMatch(/19000002$/);

      // The holder reissues the imported licence for a change of 20.05.2025 (within 30 days).
      const me: Actor = { id: '900404300004', role: 'applicant' };
      let n = 0;
      const exec = (c: Parameters<typeof platform.engine.execute>[1], a: Actor) =>
        platform.engine.execute('re-imported', c, { actor: a, idempotencyKey: `re-imported-${++n}` });
      await exec(
        {
          type: 'create-draft',
          serviceId: SERVICE,
          caseId: 'reissue',
          channel: 'provider-office',
          applicant: { id: me.id, type: 'individual', name: 'Әлиев Нұрлан' },
          permitNumber: permit.number,
          ground: { kind: 'change', change: 'қызмет түрінің атауы өзгерді', changedOn: '2025-05-20' },
        },
        me,
      );
      const state = await platform.engine.get('re-imported');
      // 20.05.2025 + 30 calendar days: 11 left in May → 31.05 is day 11, 19.06.2025 day 30.
      expect(state.reissueDuty?.applyBy.explanation.result).toBe('2025-06-19');
      const timers = await platform.store.pendingTimers('re-imported');
      expect(timers.map((t) => t.kind).sort()).toEqual(['reissue-lapse', 'reissue-reminder']);
      await exec({ type: 'submit' }, me);
      expect((await platform.engine.get('re-imported')).reissueDuty?.lapsedAt).toBeNull();
    }, 60_000);
  });
}
