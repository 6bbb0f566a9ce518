/**
 * Spot checks of catalog/003 against seed 003 (ИЖТМ м.а. 2012-12-28 № 509 бұйрығы): each value
 * below was re-read from the act text; the titles cite the paragraph it comes from.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CatalogFile } from '../../src/catalog/schema.ts';
import { checkIntegrity } from '../../src/catalog/integrity.ts';

const file = CatalogFile.parse(
  JSON.parse(
    readFileSync(new URL('../../catalog/003-technical-regulation-metrology.json', import.meta.url), 'utf8'),
  ),
);

function service(id: string) {
  const s = file.services.find((x) => x.id === id);
  if (!s) throw new Error(`no service ${id}`);
  return s;
}
function proc(serviceId: string, processId: string) {
  const p = service(serviceId).processes.find((x) => x.id === processId);
  if (!p) throw new Error(`no process ${serviceId}/${processId}`);
  return p;
}
function step(serviceId: string, processId: string, stepId: string) {
  const s = proc(serviceId, processId).steps.find((x) => x.id === stepId);
  if (!s) throw new Error(`no step ${stepId}`);
  return s;
}
function duration(serviceId: string, processId: string, stepId: string) {
  const d = step(serviceId, processId, stepId).duration;
  return d ? { amount: d.amount, unit: d.unit } : null;
}
function roleKind(serviceId: string, processId: string, stepId: string) {
  const p = proc(serviceId, processId);
  const st = step(serviceId, processId, stepId);
  return p.participants.find((r) => r.id === st.role)?.kind;
}
/** Steps reached from the start on the normal path (following `next`). */
function mainPath(serviceId: string, processId: string) {
  const p = proc(serviceId, processId);
  const ids: string[] = [];
  let cur: string | null = p.start;
  while (cur !== null) {
    ids.push(cur);
    cur = p.steps.find((x) => x.id === cur)?.next ?? null;
  }
  return ids;
}

describe('seed 003 — act', () => {
  it('file passes the integrity check', () => {
    expect(checkIntegrity(file)).toEqual([]);
  });
  it('preamble: order № 509 of 28.12.2012, justice registration № 8325 of 08.02.2013', () => {
    expect(file.act.number).toBe('509');
    expect(file.act.date).toBe('2012-12-28');
    expect(file.act.justiceRegistration).toEqual({ number: '8325', date: '2013-02-08' });
  });
  it('Ескерту: repealed by № 880 of 24.08.2015, in force 21 calendar days after publication', () => {
    expect(file.act.status).toBe('repealed');
    expect(file.act.repealedBy?.number).toBe('880');
    expect(file.act.repealedBy?.date).toBe('2015-08-24');
    expect(file.act.repealedBy?.effectiveRule).toContain('жиырма бір');
  });
  it('4-т.: in force ten calendar days after publication — validFrom estimated from registration + 10 days', () => {
    expect(file.act.effectiveRule).toContain('күнтізбелік он күн');
    for (const s of file.services) {
      expect(s.validFrom).toBe('2013-02-18');
      expect(s.validTo).toBe('2015-09-14');
      expect(s.validityEstimated).toBe(true);
    }
  });
  it('1-т.: the order approves six regulations (annexes 1–6)', () => {
    expect(file.services).toHaveLength(6);
    expect(file.services.map((s) => s.approvedBy.match(/(\d)-қосымша/)?.[1])).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
    ]);
  });
});

describe('1-қосымша — technical-regulation expert-auditor attestat', () => {
  const id = 'technical-regulation-expert-auditor-attestat';
  it('3-т.: the service is not automated', () => {
    expect(service(id).form.automation).toBe('none');
  });
  it('11-т.: the service is free', () => {
    expect(service(id).cases[0]?.fee).toMatchObject({ free: true, mci: null });
  });
  it('7-т.: 9.00–16.00, lunch 13.00–14.30', () => {
    const sch = service(id).schedules[0];
    expect(sch?.open).toBe('09:00');
    expect(sch?.close).toBe('16:00');
    expect(sch?.lunch).toEqual({ from: '13:00', to: '14:30' });
  });
  it('13-т.: office room № 33, tel. 8 (7172) 79-33-48', () => {
    expect(service(id).contacts.some((c) => c.text.includes('79-33-48') && c.text.includes('№ 33'))).toBe(
      true,
    );
  });
  it('14-т., 2-кесте: the approval path has 10 actions', () => {
    expect(mainPath(id, 'office')).toHaveLength(10);
  });
  it('1-қосымша 1-кесте, 1: registration by the office clerk takes no more than 20 minutes', () => {
    expect(duration(id, 'office', 'a1')).toEqual({ amount: 20, unit: 'minutes' });
    expect(roleKind(id, 'office', 'a1')).toBe('office-clerk');
  });
  it('1-қосымша 1-кесте, 2–3: chairman and unit head each within one calendar day', () => {
    expect(duration(id, 'office', 'a2')).toEqual({ amount: 1, unit: 'calendar_days' });
    expect(duration(id, 'office', 'a3')).toEqual({ amount: 1, unit: 'calendar_days' });
  });
  it('1-қосымша 1-кесте, 4: the commission secretary within 4 calendar days', () => {
    expect(duration(id, 'office', 'a4')).toEqual({ amount: 4, unit: 'calendar_days' });
    expect(roleKind(id, 'office', 'a4')).toBe('commission-secretary');
  });
  it('1-қосымша 1-кесте, 5: the Commission decides not later than 16 calendar days', () => {
    expect(duration(id, 'office', 'a5')).toEqual({ amount: 16, unit: 'calendar_days' });
    expect(roleKind(id, 'office', 'a5')).toBe('commission');
  });
  it('14-т. 5), 3-кесте: the Commission may refuse — the refusal branch is 5 further actions', () => {
    const branch = step(id, 'office', 'a5').branches[0];
    expect(branch?.next).toBe('r6');
    expect(mainPath(id, 'office').length).toBe(10);
    expect(proc(id, 'office').steps.filter((s) => s.id.startsWith('r'))).toHaveLength(5);
  });
  it('15-т.: five structural-functional units', () => {
    expect(proc(id, 'office').participants).toHaveLength(5);
  });
  it('12-т.: refusal on the ground of Standard 16-т. (plus the completeness refusal)', () => {
    expect(service(id).refusalGrounds).toHaveLength(2);
    expect(
      service(id)
        .refusalGrounds.map((g) => g.kind)
        .sort(),
    ).toEqual(['incomplete', 'other']);
  });
  it('5-т.: results are a paper attestat or a reasoned refusal', () => {
    expect(service(id).results.map((r) => r.form)).toEqual(['paper', 'paper']);
  });
  it('10-т.: the overall term is only referred to Standard 7-т. — the deadline is a sum of steps, not the legal term', () => {
    const c = service(id).cases[0];
    expect(c?.deadline?.basis).toBe('sum-of-steps');
    expect(c?.deadlineDeferredTo?.text).toContain('Стандарттың 7-тармағы');
  });
});

describe('2-қосымша — metrology expert-auditor certificate', () => {
  const id = 'metrology-expert-auditor-certificate';
  it('11-т.: the service is free', () => {
    expect(service(id).cases[0]?.fee?.free).toBe(true);
  });
  it('3-т.: not automated', () => {
    expect(service(id).form.automation).toBe('none');
  });
  it('1-қосымша 1-кесте, 1: 20 minutes for reception', () => {
    expect(duration(id, 'office', 'a1')).toEqual({ amount: 20, unit: 'minutes' });
  });
  it('1-қосымша 1-кесте, 2–3: one working day each', () => {
    expect(duration(id, 'office', 'a2')).toEqual({ amount: 1, unit: 'working_days' });
    expect(duration(id, 'office', 'a3')).toEqual({ amount: 1, unit: 'working_days' });
  });
  it('1-қосымша 1-кесте, 4: commission secretary within 2 working days', () => {
    expect(duration(id, 'office', 'a4')).toEqual({ amount: 2, unit: 'working_days' });
  });
  it('1-қосымша 1-кесте, 5: the Commission decides not later than 11 working days', () => {
    expect(duration(id, 'office', 'a5')).toEqual({ amount: 11, unit: 'working_days' });
    expect(roleKind(id, 'office', 'a5')).toBe('commission');
  });
  it('14-т., 2-кесте: 10 actions on the approval path, ending with the secretary sending the certificate', () => {
    const path = mainPath(id, 'office');
    expect(path).toHaveLength(10);
    expect(roleKind(id, 'office', path[path.length - 1] ?? '')).toBe('commission-secretary');
  });
  it('14-т. 8): the chairman signs the order and certificate', () => {
    expect(roleKind(id, 'office', 'a8')).toBe('head');
  });
  it('14-т. 9): the office clerk registers the order', () => {
    expect(roleKind(id, 'office', 'a9')).toBe('office-clerk');
  });
  it('12-т.: two refusal grounds (Standard 16-т.; completeness)', () => {
    expect(service(id).refusalGrounds).toHaveLength(2);
  });
});

describe('3-қосымша — registration of standards', () => {
  const id = 'foreign-standards-registration';
  it('the case is a registration', () => {
    expect(service(id).cases[0]?.kind).toBe('registration');
  });
  it('11-т.: the service is free', () => {
    expect(service(id).cases[0]?.fee?.free).toBe(true);
  });
  it('1-қосымша 1-кесте, 1: 20 minutes for reception', () => {
    expect(duration(id, 'office', 'a1')).toEqual({ amount: 20, unit: 'minutes' });
  });
  it('1-қосымша 1-кесте, 4: the responsible executor checks completeness not later than 6 working days', () => {
    expect(duration(id, 'office', 'a4')).toEqual({ amount: 6, unit: 'working_days' });
    expect(roleKind(id, 'office', 'a4')).toBe('executor');
    expect(service(id).cases[0]?.completenessCheck).toMatchObject({ amount: 6, unit: 'working_days' });
  });
  it('1-қосымша 1-кесте, 5–6: unit head and chairman sign within one working day each', () => {
    expect(duration(id, 'office', 'a5')).toEqual({ amount: 1, unit: 'working_days' });
    expect(duration(id, 'office', 'a6')).toEqual({ amount: 1, unit: 'working_days' });
  });
  it('14-т., 2-кесте: 7 actions on the approval path, the executor stamps the registration number', () => {
    const path = mainPath(id, 'office');
    expect(path).toHaveLength(7);
    expect(roleKind(id, 'office', 'a7')).toBe('executor');
  });
  it('14-т. 8), 3-кесте 7: the office clerk registers and sends the refusal', () => {
    expect(roleKind(id, 'office', 'r7')).toBe('office-clerk');
  });
  it('15-т.: four structural-functional units', () => {
    expect(proc(id, 'office').participants).toHaveLength(4);
  });
  it('14-т. 7): stamped documents are handed out at room 22', () => {
    expect(service(id).contacts.some((c) => c.text.includes('22 кабинет'))).toBe(true);
  });
});

describe('4-қосымша — measuring-instrument type approval certificate', () => {
  const id = 'measuring-instrument-type-approval';
  it('11-т.: the service is free', () => {
    expect(service(id).cases[0]?.fee?.free).toBe(true);
  });
  it('1-қосымша 1-кесте, 1: not more than 20 minutes', () => {
    expect(duration(id, 'office', 'a1')).toEqual({ amount: 20, unit: 'minutes' });
  });
  it('1-қосымша 1-кесте, 2–3: one calendar day each', () => {
    expect(duration(id, 'office', 'a2')).toEqual({ amount: 1, unit: 'calendar_days' });
    expect(duration(id, 'office', 'a3')).toEqual({ amount: 1, unit: 'calendar_days' });
  });
  it('1-қосымша 1-кесте, 4: the responsible executor not later than 25 calendar days', () => {
    expect(duration(id, 'office', 'a4')).toEqual({ amount: 25, unit: 'calendar_days' });
    expect(roleKind(id, 'office', 'a4')).toBe('executor');
  });
  it('1-қосымша 1-кесте, 5–6: one calendar day each', () => {
    expect(duration(id, 'office', 'a5')).toEqual({ amount: 1, unit: 'calendar_days' });
    expect(duration(id, 'office', 'a6')).toEqual({ amount: 1, unit: 'calendar_days' });
  });
  it('14-т., 2-кесте: 8 actions, the executor sends the certificate', () => {
    expect(mainPath(id, 'office')).toHaveLength(8);
    expect(roleKind(id, 'office', 'a8')).toBe('executor');
  });
  it('14-т. 7): the office clerk registers the order', () => {
    expect(roleKind(id, 'office', 'a7')).toBe('office-clerk');
  });
  it('7-т.: Орынбор көшесі 11, «Эталон орталығы»', () => {
    expect(service(id).contacts[0]?.text).toContain('Орынбор көшесі 11');
  });
});

describe('5-қосымша — metrological attestation certificate (ҚазМетрИн)', () => {
  const id = 'metrological-attestation-certificate';
  it('2-т.: provided by ҚазМетрИн', () => {
    expect(service(id).provider.name.kk).toContain('ҚазМетрИн');
  });
  it('11-т.: paid, per Standard 8-т. (amount not in the act)', () => {
    expect(service(id).cases[0]?.fee).toMatchObject({ free: false, mci: null });
  });
  it('13-т.: office room № 44, tel. 8 (7172) 79-32-99', () => {
    expect(service(id).contacts.some((c) => c.text.includes('№ 44') && c.text.includes('79-32-99'))).toBe(
      true,
    );
  });
  it('1-қосымша 1-кесте, 1: 20 minutes', () => {
    expect(duration(id, 'office', 'a1')).toEqual({ amount: 20, unit: 'minutes' });
  });
  it('1-қосымша 1-кесте, 4: the executor drafts the contract within 10 calendar days', () => {
    expect(duration(id, 'office', 'a4')).toEqual({ amount: 10, unit: 'calendar_days' });
    expect(roleKind(id, 'office', 'a4')).toBe('executor');
  });
  it('1-қосымша 1-кесте, 2, 3, 5, 6: one calendar day each', () => {
    for (const s of ['a2', 'a3', 'a5', 'a6'])
      expect(duration(id, 'office', s)).toEqual({ amount: 1, unit: 'calendar_days' });
  });
  it('1-қосымша 1-кесте, 7: registering and sending the contract takes 15 minutes', () => {
    expect(duration(id, 'office', 'a7')).toEqual({ amount: 15, unit: 'minutes' });
  });
  it('14-т. 8): works under the contract only after payment, no duration given', () => {
    expect(step(id, 'office', 'a8').action).toContain('төлегеннен кейін');
    expect(duration(id, 'office', 'a8')).toBeNull();
  });
  it('14-т., 2-кесте: 11 actions on the approval path', () => {
    expect(mainPath(id, 'office')).toHaveLength(11);
  });
  it('14-т. 4) and 8): two refusal points (contract stage and after the works)', () => {
    expect(step(id, 'office', 'a4').branches[0]?.next).toBe('r5');
    expect(step(id, 'office', 'a8').branches[0]?.next).toBe('r9');
  });
  it('15-т.: four structural-functional units', () => {
    expect(proc(id, 'office').participants).toHaveLength(4);
  });
});

describe('6-қосымша — State Flag / State Emblem manufacturing licence (e-service)', () => {
  const id = 'state-flag-emblem-manufacturing-license';
  it('title: issue, reissue and duplicates are three cases', () => {
    expect(service(id).cases.map((c) => c.kind)).toEqual(['issue', 'reissue', 'duplicate']);
  });
  it('3-т.: partly automated', () => {
    expect(service(id).form.automation).toBe('partial');
  });
  it('1-т.: via www.e.gov.kz, www.elicense.kz or the provider', () => {
    expect(
      service(id)
        .channels.map((c) => c.kind)
        .sort(),
    ).toEqual(['egov-portal', 'elicense-portal', 'provider-office']);
  });
  it('6-т.: the portal process has 11 processes and 4 conditions (plus the registration step)', () => {
    const steps = proc(id, 'egov-portal').steps;
    expect(steps.filter((s) => s.label?.endsWith('-процесс'))).toHaveLength(11);
    expect(steps.filter((s) => s.label?.endsWith('-шарт'))).toHaveLength(4);
    expect(steps).toHaveLength(16);
  });
  it('2-қосымша 1-кесте, 1: authorization takes 10–15 seconds', () => {
    expect(duration(id, 'egov-portal', 'p1')).toEqual({ amount: 15, unit: 'seconds' });
  });
  it('2-қосымша 1-кесте, 2: the authorization refusal message takes 20 seconds', () => {
    expect(duration(id, 'egov-portal', 'p2')).toEqual({ amount: 20, unit: 'seconds' });
  });
  it('2-қосымша 1-кесте, 3–4: filling the request and paying take 1.5 minutes each', () => {
    expect(duration(id, 'egov-portal', 'p3')).toEqual({ amount: 1.5, unit: 'minutes' });
    expect(duration(id, 'egov-portal', 'p4')).toEqual({ amount: 1.5, unit: 'minutes' });
  });
  it('6-т. 7)–8): no payment → refusal message (5-процесс)', () => {
    const b = step(id, 'egov-portal', 'c2').branches[0];
    expect(b?.condition).toBe('no-payment');
    expect(b?.next).toBe('p5');
  });
  it('6-т. 10)–11): EDS not confirmed → refusal message (7-процесс)', () => {
    expect(step(id, 'egov-portal', 'c3').branches[0]).toMatchObject({ condition: 'invalid-eds', next: 'p7' });
  });
  it('6-т. 14): the provider checks qualification requirements (4-шарт)', () => {
    expect(roleKind(id, 'egov-portal', 'c4')).toBe('executor');
    expect(step(id, 'egov-portal', 'c4').branches[0]?.condition).toBe('requirements-not-met');
  });
  it('7-т.: the provider process has 9 processes and 3 conditions', () => {
    const steps = proc(id, 'provider-office').steps;
    expect(steps).toHaveLength(12);
    expect(steps.filter((s) => s.label?.endsWith('-шарт'))).toHaveLength(3);
  });
  it('2-қосымша 2-кесте, 2: the authorization refusal message in «Е-лицензиялау» takes 10 seconds', () => {
    expect(duration(id, 'provider-office', 'o2')).toEqual({ amount: 10, unit: 'seconds' });
  });
  it('7-т. 5)–7): applicant data from ЖТ/ЗТ МДҚ via ЭҮШ; missing data → message', () => {
    expect(step(id, 'provider-office', 'o4').system).toBe('egov-gateway');
    expect(step(id, 'provider-office', 'oc2').branches[0]?.condition).toBe('state-db-missing');
    expect(
      service(id)
        .documents.filter((d) => d.obtainedFrom !== null)
        .map((d) => d.obtainedFrom)
        .sort(),
    ).toEqual(['gbd-fl', 'gbd-ul']);
  });
  it('6-т. 16): the result is an electronic document signed with the provider’s EDS', () => {
    const lic = service(id).results.find((r) => r.kind === 'license');
    expect(lic).toMatchObject({ form: 'electronic', signedWithEds: true });
  });
  it('10-т.: call centre 1414', () => {
    expect(service(id).contacts.some((c) => c.text.includes('1414'))).toBe(true);
  });
  it('3-қосымша: survey — questions 1 and 2 have the act\'s three answers ("3) қанағаттанамын." ends the annex)', () => {
    const q = service(id).quality.surveyQuestions;
    expect(q).toHaveLength(2);
    const three = ['қанағаттанған жоқпын', 'ішінара қанағаттанамын', 'қанағаттанамын'];
    expect(q[0]?.options).toEqual(three);
    expect(q[1]?.options).toEqual(three);
  });
  it('6-т.: three refusal grounds (requirements, no payment, EDS)', () => {
    expect(service(id).refusalGrounds).toHaveLength(3);
  });
});
