/**
 * Seed 004, standard 2) (crypto-protection-means-license), 11-т. 1): a duplicate is for a licence
 * "жоғалған, бүлінген" (lost, damaged); a reissue is for a change of the kind of activity's name,
 * applied for "күнтізбелік отыз күн ішінде" (within 30 calendar days). The pure core, on the
 * harness; the registry import and a reissue of an imported permit are in reissue-import.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { ApplicationGround, Command } from '../../src/cases/model.ts';
import { timersFor } from '../../src/cases/timers.ts';
import { applicationMessages } from '../../src/notifications/service.ts';
import { Case, applicantActor, newest, system } from './harness.ts';

const knb = newest('crypto-protection-means-license');
const holder = { id: '900404300004', type: 'individual', name: 'Әлиев Нұрлан' } as const;
const permit = { number: 'KZ55ABC25000001', holderId: holder.id, status: 'active' };
const me = applicantActor(holder.id);
const at = (iso: string) => new Date(iso);

function draft(caseId: 'duplicate' | 'reissue', ground: ApplicationGround | undefined, now: string): Case {
  const c = new Case(knb.service, knb.actId);
  const command: Command = {
    type: 'create-draft',
    serviceId: knb.service.id,
    caseId,
    channel: 'provider-office',
    applicant: holder,
    permitNumber: permit.number,
    form: { contactEmail: 'nurlan@example.kz', notificationLanguage: 'ru' },
    ...(ground === undefined ? {} : { ground }),
  };
  c.run(command, at(now), me, { permit });
  return c;
}

describe('seed 004 11-т. 1): a duplicate needs a declared loss or damage', () => {
  it('without a ground, or with a change, no draft is made', () => {
    expect(() => draft('duplicate', undefined, '2025-03-03T10:00:00+05:00')).toThrow(
      expect.objectContaining({ code: 'cases.ground_required' }),
    );
    expect(() =>
      draft(
        'duplicate',
        { kind: 'change', change: 'x', changedOn: '2025-03-01' },
        '2025-03-03T10:00:00+05:00',
      ),
    ).toThrow(expect.objectContaining({ code: 'cases.ground_required' }));
  });

  it('a lost licence: the ground is kept, and a duplicate has no 30-day duty', () => {
    const c = draft('duplicate', { kind: 'loss', note: 'өрттен кейін' }, '2025-03-03T10:00:00+05:00');
    expect(c.s.ground).toEqual({ kind: 'loss', note: 'өрттен кейін' });
    expect(c.s.reissueDuty).toBeUndefined();
    expect(timersFor(c.s)).toEqual([]);
  });
});

describe('seed 004 11-т. 1): a reissue needs the change and its date; 30 calendar days to apply', () => {
  const change = { kind: 'change', change: 'қызмет түрінің атауы өзгерді', changedOn: '2025-03-03' } as const;

  it('without the change, or with a change dated after today, no draft is made', () => {
    expect(() => draft('reissue', { kind: 'loss', note: null }, '2025-03-04T10:00:00+05:00')).toThrow(
      expect.objectContaining({ code: 'cases.ground_required' }),
    );
    expect(() =>
      draft('reissue', { ...change, changedOn: '2025-03-05' }, '2025-03-04T10:00:00+05:00'),
    ).toThrow(expect.objectContaining({ code: 'cases.invalid_input' }));
  });

  it('changed Mon 03.03.2025: apply by Wed 02.04.2025, reminded Fri 28.03 at 09:00, both timers set', () => {
    // 30 calendar days after 03.03 (that day not counted): 28 days left in March → 31.03 is day
    // 28, 01.04 day 29, 02.04.2025 day 30. The term ends with that day: 03.04 00:00 Astana time.
    // Reminder 5 calendar days before the last day: 28.03.2025 at 09:00 (+05:00 = 04:00 UTC).
    const c = draft('reissue', change, '2025-03-04T10:00:00+05:00');
    const duty = c.s.reissueDuty;
    expect(duty?.applyBy.explanation.result).toBe('2025-04-02');
    expect(duty?.applyBy.at).toBe('2025-04-02T19:00:00.000Z');
    expect(duty?.remindAt).toBe('2025-03-28T04:00:00.000Z');
    expect(timersFor(c.s).map((t) => [t.kind, t.dueAt.toISOString()])).toEqual([
      ['reissue-reminder', '2025-03-28T04:00:00.000Z'],
      ['reissue-lapse', '2025-04-02T19:00:00.000Z'],
    ]);
  });

  it('the reminder fires once on the draft and goes out through the outbox in the contact language', () => {
    const c = draft('reissue', change, '2025-03-04T10:00:00+05:00');
    const events = c.run(
      { type: 'fire-timer', kind: 'reissue-reminder' },
      at('2025-03-28T09:00:00+05:00'),
      system,
    );
    expect(events.map((e) => e.type)).toEqual(['reissue-duty-reminded']);
    expect(c.s.reissueDuty?.remindedAt).toBe('2025-03-28T04:00:00.000Z');
    const mail = applicationMessages(c.s, events, knb.service.title);
    expect(mail.map((m) => [m.channel, m.address, m.kind])).toEqual([
      ['email', 'nurlan@example.kz', 'deadline:reissue-duty-reminded'],
    ]);
    expect(mail[0]?.body).toBe(
      'Подайте заявление на переоформление лицензии № KZ55ABC25000001 до 02.04.2025 (30 календарных дней после изменения). ' +
        'Черновик заявления от 04.03.2025 ещё не отправлен. ' +
        `Услуга: «${knb.service.title.ru ?? ''}».`,
    );
    // Reminded: only the lapse timer is left; a second firing records nothing.
    expect(timersFor(c.s).map((t) => t.kind)).toEqual(['reissue-lapse']);
    expect(
      c.run({ type: 'fire-timer', kind: 'reissue-reminder' }, at('2025-03-29T09:00:00+05:00'), system),
    ).toEqual([]);
  });

  it('submitted on 02.04 (the last day) it is on time; on 03.04 the case is flagged late', () => {
    const onTime = draft('reissue', change, '2025-03-04T10:00:00+05:00');
    expect(onTime.run({ type: 'submit' }, at('2025-04-02T17:00:00+05:00'), me).map((e) => e.type)).toEqual([
      'submitted',
    ]);
    expect(onTime.s.reissueDuty?.lapsedAt).toBeNull();

    const late = draft('reissue', change, '2025-03-04T10:00:00+05:00');
    const events = late.run({ type: 'submit' }, at('2025-04-03T10:00:00+05:00'), me);
    expect(events.map((e) => e.type)).toEqual(['reissue-duty-lapsed', 'submitted']);
    expect(late.s.reissueDuty?.lapsedAt).toBe('2025-04-03T05:00:00.000Z');
  });

  it('the lapse timer flags a draft never sent; a change already 31 days old is flagged at once', () => {
    const c = draft('reissue', change, '2025-03-04T10:00:00+05:00');
    const fired = c.run(
      { type: 'fire-timer', kind: 'reissue-lapse' },
      at('2025-04-03T00:00:01+05:00'),
      system,
    );
    expect(fired.map((e) => e.type)).toEqual(['reissue-duty-lapsed']);
    expect(timersFor(c.s)).toEqual([]);
    // Changed 03.03, the draft made on 03.04.2025: past 02.04, flagged as it is created.
    const old = new Case(knb.service, knb.actId);
    const created = old.run(
      {
        type: 'create-draft',
        serviceId: knb.service.id,
        caseId: 'reissue',
        channel: 'provider-office',
        applicant: holder,
        permitNumber: permit.number,
        ground: change,
      },
      at('2025-04-03T10:00:00+05:00'),
      me,
      { permit },
    );
    expect(created.map((e) => e.type)).toEqual(['draft-created', 'reissue-duty-lapsed']);
  });
});
