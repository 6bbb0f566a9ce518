/**
 * Seed 000 Қағидалар 15-т., the pure part: what a failure report must hold, the request the
 * operator receives and the status it shows (src/notifications/failure-report.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  checkFailureReport,
  failureReportStatus,
  operatorMessage,
  problemsText,
  sinceAuthorisation,
  type FailureReportDraft,
} from '../../src/notifications/failure-report.ts';
import { withControlDigit } from '../../src/identity/iin-bin.ts';

const iin = withControlDigit('88021530012') ?? '';
const now = new Date('2019-06-15T12:00:00Z');
const draft: FailureReportDraft = {
  serviceId: 'state-flag-emblem-manufacturing-license',
  serviceTitle: 'Мемлекеттік Ту … лицензия беру',
  applicationId: 'APP-1',
  permitNumber: null,
  iinBin: iin,
  authorisedAt: '2019-06-15T11:00:00Z',
  failedAt: '2019-06-15T11:02:03Z',
  description: 'blank page',
  screenshots: [{ name: 's1.png', mediaType: 'image/png', size: 10, sha256: 'a'.repeat(64) }],
};

describe('seed 000 p.15: what a failure report must hold', () => {
  it('seed 000 p.15: a complete report has no problems', () => {
    expect(checkFailureReport(draft, now)).toEqual([]);
    expect(checkFailureReport({ ...draft, applicationId: null, permitNumber: 'KZ1' }, now)).toEqual([]);
  });

  it('seed 000 p.15: each mandatory field missing is a problem, all at once', () => {
    const empty: FailureReportDraft = {
      serviceId: '',
      serviceTitle: '',
      applicationId: null,
      permitNumber: ' ',
      iinBin: '',
      authorisedAt: '',
      failedAt: '',
      description: '',
      screenshots: [],
    };
    expect(checkFailureReport(empty, now).map((p) => `${p.field}:${p.code}`)).toEqual([
      'serviceId:missing',
      'number:missing',
      'iinBin:missing',
      'authorisedAt:missing',
      'failedAt:missing',
      'description:missing',
      'screenshots:missing',
    ]);
  });

  it('seed 000 p.15: a wrong control digit, an error before the authorisation or in the future, a non-image', () => {
    const bad = `${iin.slice(0, 11)}${(Number(iin[11]) + 1) % 10}`;
    const problems = checkFailureReport(
      {
        ...draft,
        iinBin: bad,
        authorisedAt: '2019-06-15T11:00:00Z',
        failedAt: '2019-06-15T10:59:00Z',
        screenshots: [{ name: 'x.pdf', mediaType: 'application/pdf', size: 5, sha256: 'b'.repeat(64) }],
      },
      now,
    );
    expect(problems).toEqual([
      { field: 'iinBin', code: 'invalid', detail: 'checksum' },
      { field: 'failedAt', code: 'order' },
      { field: 'screenshots', code: 'type', detail: 'x.pdf' },
    ]);
    expect(problemsText(problems, 'kk')).toBe(
      'ЖСН/БСН — қате (checksum); қатенің уақыты — авторизациядан бұрын; қадамдық скриншоттар — сурет емес (x.pdf)',
    );
    expect(checkFailureReport({ ...draft, failedAt: '2019-06-15T12:00:01Z' }, now)).toEqual([
      { field: 'failedAt', code: 'future' },
    ]);
  });

  it('seed 000 p.15: the time of the error from the authorisation, and the operator’s request in 2019 (UTC+6)', () => {
    // 11:02:03 − 11:00:00 = 2 min 3 s; 3 h 0 min 5 s prints with hours.
    expect(sinceAuthorisation('2019-06-15T11:00:00Z', '2019-06-15T11:02:03Z')).toBe('02:03');
    expect(sinceAuthorisation('2019-06-15T08:00:00Z', '2019-06-15T11:00:05Z')).toBe('3:00:05');
    const { subject, body } = operatorMessage({
      ...draft,
      id: 'FR-1',
      filedBy: { kind: 'applicant', id: iin, providerId: null },
      createdAt: now.toISOString(),
    });
    expect(subject).toContain(iin);
    // 11:00Z in Almaty in 2019 is 17:00 (UTC+6).
    expect(body).toContain('Авторизация: 2019-06-15 17:00:00 (UTC+6)');
    expect(body).toContain('2019-06-15 17:02:03 (UTC+6) — авторизациядан кейін / после авторизации 02:03');
    expect(body).toContain('өтініш / заявление № APP-1');
    expect(body).toContain(`1. s1.png (image/png, 10 B, SHA-256 ${'a'.repeat(64)})`);
  });

  it('seed 000 p.15: the status follows the outbox: received → sent → closed; send-failed when it gave up', () => {
    expect(failureReportStatus(null, null)).toBe('received');
    expect(failureReportStatus({ status: 'pending' }, null)).toBe('received');
    expect(failureReportStatus({ status: 'delivered' }, null)).toBe('sent');
    expect(failureReportStatus({ status: 'failed' }, null)).toBe('send-failed');
    expect(failureReportStatus({ status: 'delivered' }, '2019-06-16T00:00:00Z')).toBe('closed');
  });
});
