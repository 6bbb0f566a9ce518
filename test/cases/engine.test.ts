import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimulatedClock } from '../../src/cases/clock.ts';
import type { Actor, ApplicationState } from '../../src/cases/model.ts';
import { timersFor } from '../../src/cases/timers.ts';
import { pgStoreOf } from '../../src/store/index.ts';
import { runScenario, type Outcome } from '../../src/demo/scenario.ts';
import type { Platform } from '../../src/platform.ts';
import { applicationContent, resultContent } from '../../src/cases/eds.ts';
import { verifySignature } from '../../src/signature/verify.ts';
import { signDetached } from '../../src/signature/sign.ts';
import { storeTargets } from './stores.ts';

for (const target of storeTargets) {
  describe(`engine on the ${target.name} store`, () => {
    const clock = new SimulatedClock(new Date('2025-06-02T10:00:00+05:00'));
    let platform: Platform;
    let dispose: () => Promise<void>;
    let counter = 0;
    beforeAll(async () => {
      const opened = await target.open(clock);
      platform = opened.platform;
      dispose = () => opened.dispose();
    }, 60_000);
    afterAll(async () => {
      await dispose();
    });

    const drive = async (serviceId: string, outcome: Outcome) => {
      const entry = platform.catalog.resolve(serviceId, '2025-06-02', { acceptRepealed: true });
      return runScenario(platform, clock, entry, outcome, `${target.name}-${++counter}`);
    };

    it('every service of the catalog: one application driven to its result', async () => {
      const results = [];
      for (const { service } of platform.catalog.list()) results.push(await drive(service.id, 'issue'));
      const failures = results.filter((r) => !r.reached).map((r) => `${r.service}: ${r.note ?? r.status}`);
      expect(failures).toEqual([]);
      // Each issued result is in the registry, held by the applicant.
      for (const r of results) {
        const state = await platform.engine.get(r.applicationId);
        const permit = await platform.store.findPermit(state.issued?.permitNumber ?? '');
        expect(permit?.holderId).toBe(state.applicant.id);
        // The result carries the official's EDS, verifiable against the decision it signs; its
        // CMS is in the `signed` event, not in the state every later command rewrites.
        const signed = (await platform.store.events(r.applicationId)).find((e) => e.type === 'signed');
        expect(state.signature).not.toHaveProperty('cms');
        const cms = (signed?.data as { cms?: string } | undefined)?.cms ?? '';
        const check = await verifySignature(Buffer.from(cms, 'base64'), {
          trust: platform.pki?.trust ?? { mode: 'test', anchors: [], intermediates: [] },
          now: clock.now(),
          content: resultContent(state),
          revocation: null,
        });
        expect({ service: r.service, code: check.code }).toEqual({ service: r.service, code: 'ok' });
      }
    }, 120_000);

    it('the pending timers are what the state calls for, a command finding them so rewrites none, and one finding them lost writes them again', async () => {
      const engine = platform.engine;
      const execute = engine.execute.bind(engine);
      const pending = async (id: string) =>
        (await platform.store.pendingTimers(id)).map((t) => ({
          id: t.id,
          kind: t.kind,
          dueAt: t.dueAt.getTime(),
          ref: (t.payload as { ref?: string | null } | null)?.ref ?? null,
        }));
      const called = (s: ApplicationState) =>
        timersFor(s).map((t) => ({ kind: t.kind, dueAt: t.dueAt.getTime(), ref: t.payload.ref }));
      const byDue = <T extends { dueAt: number; kind: string }>(ts: T[]) =>
        [...ts].sort((a, b) => a.dueAt - b.dueAt || a.kind.localeCompare(b.kind));
      let kept = 0;
      let replaced = 0;
      // runScenario reports a failed command rather than throwing it: mismatches are collected.
      const wrong: string[] = [];
      const withoutIds = (ts: Awaited<ReturnType<typeof pending>>) => byDue(ts.map(({ id: _, ...t }) => t));
      const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
      let healed = 0;
      engine.execute = async (id, command, meta) => {
        // Once: the pending timers lost before a command that leaves the state's timers as they
        // were; the command must write them again (the rows are compared, not the states).
        if (command.type === 'record-payment' && healed === 0 && (await pending(id)).length > 0) {
          await pgStoreOf(platform.store).pool.query('DELETE FROM timers WHERE application_id = $1', [id]);
          healed++;
        }
        const rowsBefore = await pending(id);
        const result = await execute(id, command, meta);
        const after = await engine.get(id);
        const rows = await pending(id);
        if (!same(withoutIds(rows), byDue(called(after))))
          wrong.push(`${id} ${command.type}: timers not as the state calls for`);
        if (result.events.length > 0 && same(withoutIds(rowsBefore), byDue(called(after)))) {
          kept += rowsBefore.length;
          if (!same(rows, rowsBefore)) wrong.push(`${id} ${command.type}: unchanged timers written again`);
        } else replaced++;
        return result;
      };
      const results = [];
      try {
        for (const outcome of ['issue', 'refuse-after-hearing'] as const)
          for (const { service } of platform.catalog.list()) results.push(await drive(service.id, outcome));
      } finally {
        engine.execute = execute;
      }
      expect(results.filter((r) => !r.reached).map((r) => `${r.service}: ${r.note ?? r.status}`)).toEqual([]);
      expect(wrong).toEqual([]);
      // Timers left standing by a command that changed the state, and commands that replaced them.
      expect(healed).toBe(1);
      expect(kept).toBeGreaterThan(0);
      expect(replaced).toBeGreaterThan(0);
    }, 120_000);

    it('refusals: incompleteness at the check, and after the hearing', async () => {
      const incomplete = await drive('state-flag-emblem-manufacturing-license', 'refuse-incomplete');
      expect(incomplete).toMatchObject({ reached: true, status: 'refused' });
      const hearing = await drive('state-flag-emblem-manufacturing-license', 'refuse-after-hearing');
      expect(hearing).toMatchObject({ reached: true, status: 'delivered' });
      const state = await platform.engine.get(hearing.applicationId);
      expect(state.hearing).not.toBeNull();
    }, 60_000);

    it('tacit consent happens by itself when the timer fires (seed 004 16-т.: received, with the permit in the registry)', async () => {
      const r = await drive('crypto-protection-means-license', 'tacit-consent');
      expect(r).toMatchObject({ reached: true, status: 'delivered' });
      const state = await platform.engine.get(r.applicationId);
      expect(state.deemedReceived).toBe(true);
      // Received at the instant the hand-over term ended, not when the timer ran a minute later.
      expect(state.deliveredAt).toBe(state.tacitConsentDue?.at);
      const permit = await platform.store.findPermit(state.issued?.permitNumber ?? '');
      expect(permit?.status).toBe('active');
    }, 60_000);

    it('reissue and duplicate act on the issued permit in the registry', async () => {
      const issued = await drive('crypto-protection-means-license', 'issue');
      const first = await platform.engine.get(issued.applicationId);
      const number = first.issued?.permitNumber ?? '';
      const holder = first.applicant;
      const me: Actor = { id: holder.id, role: 'applicant' };
      const clerk: Actor = { id: 'clerk', role: 'office-clerk' };
      const head: Actor = { id: 'head', role: 'head' };
      const system: Actor = { id: 'system', role: 'system' };
      // Seed 004 11-т.: a duplicate for a lost or damaged licence, a reissue for a change and its date.
      const grounds = {
        duplicate: { kind: 'loss', note: null },
        reissue: { kind: 'change', change: 'қызмет түрінің атауы өзгерді', changedOn: '2025-06-02' },
      } as const;
      const apply = async (caseId: 'duplicate' | 'reissue', id: string) => {
        let n = 0;
        const exec = (c: Parameters<typeof platform.engine.execute>[1], a: Actor) =>
          platform.engine.execute(id, c, { actor: a, idempotencyKey: `${id}-${++n}` });
        await exec(
          {
            type: 'create-draft',
            serviceId: 'crypto-protection-means-license',
            caseId,
            channel: 'provider-office',
            applicant: holder,
            permitNumber: number,
            ground: grounds[caseId],
          },
          me,
        );
        await exec({ type: 'submit' }, me);
        await exec({ type: 'register', inboundNumber: '' }, clerk);
        // Registration may be dated later than now (outside working time): nothing may happen
        // before it, so the clock goes there first.
        const registeredAt = (await platform.engine.get(id)).registration?.registeredAt;
        if (registeredAt !== undefined && Date.parse(registeredAt) > clock.now().getTime())
          clock.set(new Date(registeredAt));
        const kase = (await platform.engine.get(id)).caseId;
        const { service } = platform.engine.serviceOf(await platform.engine.get(id));
        const fee = service.cases.find((c) => c.id === kase)?.fee;
        if (fee != null && !fee.free && fee.mci === null)
          await exec(
            {
              type: 'record-payment',
              invoiceId: id,
              amountTenge: 1000,
              transactionId: id,
              paidAt: clock.now().toISOString(),
            },
            system,
          );
        // The steps before the decision (seed 004 p.7–8), each by the role the act names; at the
        // completeness step the check is the step.
        for (let guard = 0; guard < 10; guard++) {
          const s = await platform.engine.get(id);
          if (s.currentStepId === null || s.currentStepId === 'consider') break;
          const role = s.steps.find((r) => r.stepId === s.currentStepId)?.roleKind ?? 'other';
          await exec(
            s.currentStepId === 'completeness'
              ? { type: 'check-completeness', complete: true }
              : { type: 'complete-step', stepId: s.currentStepId },
            role === 'applicant' ? me : { id: role, role },
          );
        }
        expect((await platform.engine.get(id)).currentStepId).toBe('consider');
        await exec({ type: 'decide', decision: 'approve' }, head);
        await exec({ type: 'sign', signatureId: id }, head);
        await exec({ type: 'issue', permitNumber: '' }, system);
        return platform.engine.get(id);
      };
      const duplicate = await apply('duplicate', `${target.name}-dup`);
      expect(duplicate.issued?.permitNumber).toBe(number);
      expect((await platform.store.findPermit(number))?.data).toMatchObject({
        status: 'active',
        duplicates: 1,
      });

      const reissued = await apply('reissue', `${target.name}-re`);
      const successor = reissued.issued?.permitNumber ?? '';
      expect(successor).not.toBe(number);
      expect((await platform.store.findPermit(number))?.status).toBe('reissued');
      expect((await platform.store.findPermit(successor))?.data).toMatchObject({
        status: 'active',
        reissuedFrom: number,
      });

      // The old number can no longer be reissued: it is not active.
      await expect(
        platform.engine.execute(
          `${target.name}-re2`,
          {
            type: 'create-draft',
            serviceId: 'crypto-protection-means-license',
            caseId: 'reissue',
            channel: 'provider-office',
            applicant: holder,
            permitNumber: number,
          },
          { actor: me, idempotencyKey: `${target.name}-re2` },
        ),
      ).rejects.toMatchObject({ code: 'cases.permit_not_usable' });
    }, 60_000);

    const signed = async (id: string, iin: string) => {
      const draft = await platform.engine.get(id);
      const key = await platform.pki?.keyFor({ iin, role: 'individual' });
      if (key === undefined) throw new Error('the test platform runs with the demo PKI');
      return signDetached(applicationContent(draft), key, clock.now()).base64;
    };
    const me: Actor = { id: '900404300004', role: 'applicant' };
    const flagDraft = {
      type: 'create-draft' as const,
      serviceId: 'state-flag-emblem-manufacturing-license',
      caseId: 'issue',
      channel: 'egov-portal' as const,
      applicant: { id: me.id, type: 'individual' as const, name: 'Әлиев Нұрлан' },
    };

    it('a retried command returns the first result and has no second effect', async () => {
      const id = `${target.name}-idem`;
      const first = await platform.engine.execute(id, flagDraft, { actor: me, idempotencyKey: 'k-1' });
      const again = await platform.engine.execute(id, flagDraft, { actor: me, idempotencyKey: 'k-1' });
      expect(again).toEqual(first);
      const signature = await signed(id, me.id);
      await platform.engine.execute(id, { type: 'submit', signature }, { actor: me, idempotencyKey: 'k-2' });
      await platform.engine.execute(id, { type: 'submit', signature }, { actor: me, idempotencyKey: 'k-2' });
      // Once: the registration, and the five steps it completes by itself (fill-form, pay-fee,
      // request-accepted-status, register-request, state-db-data).
      expect((await platform.store.events(id)).map((e) => e.type)).toEqual([
        'draft-created',
        'submitted',
        'registered',
        ...Array<string>(5).fill('step-completed'),
      ]);
    });

    it('EDS on a portal submission: required, the signer’s IIN must be the applicant’s, the content exactly the draft', async () => {
      const id = `${target.name}-eds`;
      await platform.engine.execute(id, flagDraft, { actor: me, idempotencyKey: `${id}-0` });
      const submit = (signature: string | undefined, key: string) =>
        platform.engine.execute(
          id,
          { type: 'submit', ...(signature ? { signature } : {}) },
          { actor: me, idempotencyKey: key },
        );
      await expect(submit(undefined, `${id}-1`)).rejects.toMatchObject({ code: 'cases.signature_required' });
      await expect(submit(await signed(id, '880615309099'), `${id}-2`)).rejects.toMatchObject({
        code: 'cases.signature_invalid',
        params: expect.objectContaining({ code: 'signature.iin_mismatch' }),
      });
      const good = await signed(id, me.id);
      await platform.engine.execute(
        id,
        { type: 'update-draft', form: { changed: true } },
        { actor: me, idempotencyKey: `${id}-3` },
      );
      await expect(submit(good, `${id}-4`)).rejects.toMatchObject({
        code: 'cases.signature_invalid',
        params: expect.objectContaining({ code: 'signature.content_mismatch' }),
      });
      expect((await platform.engine.get(id)).status).toBe('draft');
      await submit(await signed(id, me.id), `${id}-5`);
      const accepted = (await platform.engine.get(id)).submissionSignature;
      expect(accepted).toMatchObject({ status: 'valid', signer: { iin: me.id } });
      // A valid check needs no recheck: the CMS stays in the `submitted` event only.
      expect(accepted).not.toHaveProperty('cms');
    });

    it('OCSP unreachable: the submission is kept as "not checked", and checked again by a timer', async () => {
      const id = `${target.name}-ocsp`;
      const ocsp = platform.pki?.ocsp;
      if (ocsp === undefined) throw new Error('demo PKI expected');
      await platform.engine.execute(id, flagDraft, { actor: me, idempotencyKey: `${id}-0` });
      ocsp.unavailable = 'connection refused';
      try {
        await platform.engine.execute(
          id,
          { type: 'submit', signature: await signed(id, me.id) },
          { actor: me, idempotencyKey: `${id}-1` },
        );
      } finally {
        ocsp.unavailable = null;
      }
      const kept = await platform.engine.get(id);
      expect(kept.status).toBe('registered');
      expect(kept.submissionSignature).toMatchObject({
        status: 'indeterminate',
        reason: expect.stringMatching(/connection refused/),
        cms: expect.any(String),
      });
      clock.advanceMinutes(61);
      await platform.engine.fireDueTimers();
      const rechecked = (await platform.engine.get(id)).submissionSignature;
      expect(rechecked).toMatchObject({ status: 'valid' });
      expect(rechecked).not.toHaveProperty('cms');
    });
    it('parallel commands on one application: each succeeds once or conflicts, and the state equals a serial order', async () => {
      const id = `${target.name}-race`;
      await platform.engine.execute(
        id,
        {
          type: 'create-draft',
          serviceId: 'state-flag-emblem-manufacturing-license',
          caseId: 'issue',
          channel: 'egov-portal',
          applicant: { id: me.id, type: 'individual', name: 'Әлиев Нұрлан' },
        },
        { actor: me, idempotencyKey: `${id}-0` },
      );
      const outcomes = await Promise.allSettled(
        Array.from({ length: 12 }, (_, i) =>
          platform.engine.execute(
            id,
            { type: 'update-draft', form: { [`field${i}`]: i } },
            { actor: me, idempotencyKey: `${id}-${i + 1}` },
          ),
        ),
      );
      const won = outcomes.filter((o) => o.status === 'fulfilled').length;
      const conflicts = outcomes.filter(
        (o) => o.status === 'rejected' && (o.reason as { code?: string }).code === 'store.conflict',
      ).length;
      expect(won + conflicts).toBe(12);
      expect(won).toBeGreaterThanOrEqual(1);
      const events = await platform.store.events(id);
      const state = await platform.engine.get(id);
      expect(events).toHaveLength(1 + won);
      expect(state.version).toBe(1 + won);
      // The state is the fold of the events that won, in their order.
      const fields = events.slice(1).flatMap((e) => Object.keys((e.data as { form: object }).form));
      expect(Object.keys(state.form).sort()).toEqual(fields.sort());
    });
  });
}
