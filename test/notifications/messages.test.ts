/**
 * What a committed command tells the applicant by e-mail and SMS (pure): one message per status
 * reached, one per deadline event, none for a draft or without a contact, in the contact's language.
 */
import { describe, expect, it } from 'vitest';
import type { ApplicationState, Recorded } from '../../src/cases/model.ts';
import { applicationMessages, complaintMessages } from '../../src/notifications/index.ts';
import type { ComplaintState, RecordedComplaintEvent } from '../../src/appeals/complaint.ts';

const at = '2025-06-02T05:00:00.000Z';
const state = (over: Partial<ApplicationState> = {}): ApplicationState =>
  ({
    id: 'app-1',
    version: 5,
    status: 'in-review',
    applicant: { id: '900101300011', type: 'individual', name: 'Ә' },
    registration: { inboundNumber: '2025-000007', registeredAt: at },
    deadline: { at: '2025-06-10T13:00:00.000Z' },
    preliminaryDecision: null,
    form: { contactEmail: 'a@example.kz', contactPhone: '87011112233', notificationLanguage: 'en' },
    ...over,
  }) as unknown as ApplicationState;
const title = { kk: 'Лицензия беру', ru: 'Выдача лицензии', en: 'Licence issue' };
const ev = (type: string, extra: Record<string, unknown> = {}) =>
  ({ type, at, by: 'x', role: 'executor', ...extra }) as unknown as Recorded;

describe('application messages', () => {
  it('a status change: e-mail and SMS, keyed by the status', () => {
    const m = applicationMessages(state({ status: 'refused' }), [ev('refused')], title);
    expect(m.map((x) => [x.channel, x.address, x.kind, x.dedupeKey])).toEqual([
      ['email', 'a@example.kz', 'status:refused', 'app:app-1:status:refused:email'],
      ['sms', '+77011112233', 'status:refused', 'app:app-1:status:refused:sms'],
    ]);
    expect(m[0]?.subject).toBe('Ruqsat: application 2025-000007');
    expect(m[0]?.body).toBe(
      'Application 2025-000007 was refused with reasons. The refusal can be appealed. Service: “Licence issue”.',
    );
  });

  it('deadline events: the clock paused (with the documents), the result date passed; not a step’s deadline', () => {
    const m = applicationMessages(
      state(),
      [
        ev('clock-paused', { documents: ['устав'] }),
        ev('overdue-flagged', { what: 'step', ref: 's1' }),
        ev('overdue-flagged', { what: 'overall', ref: null }),
      ],
      title,
    );
    expect(m.filter((x) => x.channel === 'email').map((x) => [x.kind, x.dedupeKey])).toEqual([
      ['deadline:clock-paused', 'app:app-1:event:3:email'],
      ['deadline:overdue-flagged', 'app:app-1:event:5:email'],
    ]);
    expect(m[0]?.body).toContain('устав');
    expect(m.find((x) => x.kind === 'deadline:overdue-flagged')?.body).toContain('10.06.2025');
  });

  it('nothing for a draft, a step finished, or an applicant who gave no contact', () => {
    expect(applicationMessages(state({ status: 'draft' }), [ev('draft-created')], title)).toEqual([]);
    expect(applicationMessages(state(), [ev('step-completed')], title)).toEqual([]);
    expect(applicationMessages(state({ form: {} }), [ev('refused')], title)).toEqual([]);
  });

  it('Kazakh when no language is given', () => {
    const m = applicationMessages(
      state({ form: { contactEmail: 'a@example.kz' } }),
      [ev('registered')],
      title,
    );
    expect(m).toHaveLength(1);
    expect(m[0]?.lang).toBe('kk');
    expect(m[0]?.subject).toBe('Ruqsat: № 2025-000007 өтініш');
    expect(m[0]?.body).toContain('қаралуда');
  });
});

describe('complaint messages', () => {
  it('the extension notice in the applicant’s language; the bookkeeping event tells nothing', () => {
    const complaint = {
      id: 'c-1',
      version: 3,
      applicationId: 'app-1',
      reviewDue: '2025-06-24',
    } as ComplaintState;
    const events = [
      {
        type: 'review-extended',
        workingDays: 10,
        reason: 'сараптама',
        reviewDue: '2025-06-24',
        noticeDue: '2025-06-11',
        on: '2025-06-05',
        at,
      },
      { type: 'extension-notified', onTime: true, on: '2025-06-05', at },
    ] as RecordedComplaintEvent[];
    const m = complaintMessages(
      complaint,
      events,
      state({ form: { contactEmail: 'a@example.kz', notificationLanguage: 'ru' } }),
      title,
    );
    expect(m).toHaveLength(1);
    expect(m[0]).toMatchObject({
      kind: 'complaint:review-extended',
      complaintId: 'c-1',
      dedupeKey: 'complaint:c-1:event:2:email',
    });
    // The complaint is named by the application it is about, not by its internal id.
    expect(m[0]?.subject).toBe('Ruqsat: жалоба по заявлению № 2025-000007');
    expect(m[0]?.body).toBe(
      'Срок рассмотрения жалобы по заявлению № 2025-000007 продлён до 24.06.2025. Причина: сараптама. Услуга: «Выдача лицензии».',
    );
  });
});
