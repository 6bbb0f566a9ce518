import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CatalogFile } from '../../src/catalog/schema.ts';

const file = CatalogFile.parse(
  JSON.parse(
    readFileSync(new URL('../../catalog/004-knb-security-service-standards.json', import.meta.url), 'utf8'),
  ),
);

const service = (id: string) => {
  const s = file.services.find((x) => x.id === id);
  if (!s) throw new Error(`no service ${id}`);
  return s;
};
const kase = (serviceId: string, caseId: string) => {
  const c = service(serviceId).cases.find((x) => x.id === caseId);
  if (!c) throw new Error(`no case ${caseId}`);
  return c;
};
const proc = (serviceId: string, processId: string) => {
  const p = service(serviceId).processes.find((x) => x.id === processId);
  if (!p) throw new Error(`no process ${processId}`);
  return p;
};
const stepOf = (serviceId: string, processId: string, stepId: string) => {
  const s = proc(serviceId, processId).steps.find((x) => x.id === stepId);
  if (!s) throw new Error(`no step ${stepId}`);
  return s;
};
const doc = (serviceId: string, docId: string) => {
  const d = service(serviceId).documents.find((x) => x.id === docId);
  if (!d) throw new Error(`no document ${docId}`);
  return d;
};

describe('act 004: Government decree No. 50 of 29.01.2013', () => {
  it('preamble: Government decree No. 50 of 2013-01-29, no justice registration', () => {
    expect(file.act.kind).toBe('government-decree');
    expect(file.act.number).toBe('50');
    expect(file.act.date).toBe('2013-01-29');
    expect(file.act.justiceRegistration).toBeNull();
  });
  it('Ескерту: repealed by Government decree No. 600 of 31.05.2014', () => {
    expect(file.act.status).toBe('repealed');
    expect(file.act.repealedBy?.number).toBe('600');
    expect(file.act.repealedBy?.date).toBe('2014-05-31');
    expect(file.act.repealedBy?.effectiveRule).toContain('күнтізбелік он күн');
  });
  it('1-т.: approves six standards', () => {
    expect(file.services).toHaveLength(6);
  });
  it('2-т.: in force 10 calendar days after publication — validity is an estimate', () => {
    for (const s of file.services) {
      expect(s.validFrom).toBe('2013-02-08');
      expect(s.validTo).toBe('2014-06-10');
      expect(s.validityEstimated).toBe(true);
    }
  });
});

const LICENSES = [
  ['ors-special-technical-means-license', 1],
  ['crypto-protection-means-license', 2],
  ['technical-leak-channels-detection-license', 3],
] as const;

for (const [id, n] of LICENSES) {
  describe(`standard 1-т. ${n}): ${id}`, () => {
    it('7-т.: license issue takes 15 working days from submission of the documents', () => {
      expect(kase(id, 'issue').deadline).toMatchObject({
        amount: 15,
        unit: 'working_days',
        countsFrom: 'submission',
      });
    });
    it('7-т.: reissue takes 10 working days', () => {
      expect(kase(id, 'reissue').deadline).toMatchObject({ amount: 10, unit: 'working_days' });
    });
    it('7-т.: duplicate takes 2 working days', () => {
      expect(kase(id, 'duplicate').deadline).toMatchObject({ amount: 2, unit: 'working_days' });
    });
    it('7-т.: max waiting and max service time at the counter are 20 minutes', () => {
      expect(kase(id, 'issue').counterMaxWait).toMatchObject({ amount: 20, unit: 'minutes' });
      expect(kase(id, 'issue').counterMaxService).toMatchObject({ amount: 20, unit: 'minutes' });
    });
    it('7-т. last paragraph: completeness is checked within 2 working days', () => {
      for (const c of service(id).cases)
        expect(c.completenessCheck).toMatchObject({ amount: 2, unit: 'working_days' });
    });
    it('8-т.: license fee per Tax Code, no MCI amount in the act, codes 105402 / 911', () => {
      const fee = kase(id, 'issue').fee;
      expect(fee).toMatchObject({ kind: 'license-fee', free: false, mci: null });
      expect(fee?.paymentCodes?.join(' ')).toContain('105402');
      expect(fee?.paymentCodes?.join(' ')).toContain('911');
    });
    it('8-т. 4th paragraph: no license fee for an appendix', () => {
      expect(kase(id, 'appendix').fee).toMatchObject({ free: true });
    });
    it('2-т.: partially automated', () => {
      expect(service(id).form.automation).toBe('partial');
    });
    it('1-т., 13-т.: office, post, e.gov.kz and elicense.kz channels', () => {
      expect(
        service(id)
          .channels.map((c) => c.kind)
          .sort(),
      ).toEqual(['egov-portal', 'elicense-portal', 'post', 'provider-office'].sort());
    });
    it('16-т. + 7-т.: five refusal grounds plus the incompleteness refusal', () => {
      const g = service(id).refusalGrounds;
      expect(g).toHaveLength(6);
      expect(g.filter((x) => x.kind === 'incomplete')).toHaveLength(1);
    });
    it('16-т. 2): the unpaid-fee ground applies to license issue only', () => {
      expect(service(id).refusalGrounds.find((g) => g.id === 'license-fee-not-paid')?.cases).toEqual([
        'issue',
      ]);
    });
    it('16-т. 2-бөлік: license handed over within 5 working days after the term; otherwise deemed received', () => {
      expect(stepOf(id, 'office', 'deliver').duration).toMatchObject({ amount: 5, unit: 'working_days' });
      expect(service(id).tacitConsent?.applies).toBe(true);
    });
    it('7-т., 14-т.: counter acceptance by the clerk takes at most 20 minutes', () => {
      const s = stepOf(id, 'office', 'accept');
      expect(s.role).toBe('clerk');
      expect(s.duration).toMatchObject({ amount: 20, unit: 'minutes' });
    });
    it('office process has 10 steps; completeness step is 2 working days by the authority', () => {
      expect(proc(id, 'office').steps).toHaveLength(10);
      expect(stepOf(id, 'office', 'completeness')).toMatchObject({
        role: 'authority',
        duration: { amount: 2, unit: 'working_days' },
      });
    });
    it('8-т.: portal payment goes through ЭҮТШ', () => {
      expect(stepOf(id, 'portal', 'pay').system).toBe('payment-gateway');
    });
    it('2-қосымша: application forms for legal entity and individual', () => {
      expect(service(id).qualificationForm?.fields.map((f) => f.id)).toEqual(['legal-entity', 'individual']);
    });
    it("25-т.: appeal reviewed in the 2007 Law's term (cited, not a seed), talon, journal, reply by post; 23-т. court", () => {
      const a = service(id).appeal;
      expect(a?.fileWithin).toBeNull();
      expect(a?.reviewByProvider).toMatchObject({ amount: 15, unit: 'calendar_days' });
      expect(a?.reviewByProvider?.source).toMatch(/25-т\. → .*2007.*8-бап 1-т\./);
      expect(a?.talon?.fields).toEqual(['date', 'time', 'receiver', 'journal-entry']);
      expect(a?.journal?.source).toMatch(/25-т\./);
      expect(a?.replyBy).toMatchObject({ channel: 'post' });
      expect(a?.nextRemedy).toMatchObject({ to: 'court', source: expect.stringMatching(/23-т\./) });
      expect(a?.forwardToReviewingBodyWithin).toBeNull();
      expect(a?.whereToFile.some((w) => w.includes('сотқа'))).toBe(true);
    });
    it('1-қосымша: 16 units, reception Mon–Fri 10:00–12:00', () => {
      expect(service(id).territorialUnits).toHaveLength(16);
      expect(service(id).territorialUnits[1]?.phone).toBe('8 (727) 267-91-54');
      // The window is for receiving paper, not the provider's working day (the act states none).
      expect(service(id).schedules.find((s) => s.who === 'provider')).toMatchObject({
        open: null,
        close: null,
        reception: { from: '10:00', to: '12:00' },
      });
    });
    it('21-т.: complaints reception 9:00–19:00, lunch 13:00–15:00', () => {
      expect(service(id).schedules.find((s) => s.who === 'other')).toMatchObject({
        open: '09:00',
        close: '19:00',
        lunch: { from: '13:00', to: '15:00' },
      });
    });
    it('4-қосымша: six quality indicators', () => {
      expect(service(id).quality.indicators).toHaveLength(6);
    });
  });
}

describe('license standards: differences between 1), 2) and 3)', () => {
  it('1) 11-т.: state-secrets permit and equipment list required', () => {
    expect(doc('ors-special-technical-means-license', 'state-secrets-permit-copy').cases).toEqual([
      'issue',
      'appendix',
    ]);
    expect(doc('ors-special-technical-means-license', 'equipment-list').name.kk).toContain('№ 412');
  });
  it('2) 11-т.: no state-secrets permit; qualification test for the development subtype', () => {
    expect(
      service('crypto-protection-means-license').documents.some((d) => d.id === 'state-secrets-permit-copy'),
    ).toBe(false);
    expect(doc('crypto-protection-means-license', 'diploma-copy').name.kk).toContain('әзірлеу жөніндегі');
  });
  it('2) 11-т.: portal lists for issue/appendix are missing in the text; only reissue portal list survives', () => {
    expect(doc('crypto-protection-means-license', 'e-request').cases).toEqual(['reissue']);
  });
  it('3) 11-т.: higher or secondary vocational technical diploma and search-means list (№ 411)', () => {
    expect(doc('technical-leak-channels-detection-license', 'diploma-copy').name.kk).toContain(
      'жоғары не орта кәсіби',
    );
    expect(doc('technical-leak-channels-detection-license', 'search-means-list').name.kk).toContain('№ 411');
  });
  it('1) 11-т.: registration-certificate data obtained from state IS', () => {
    expect(doc('ors-special-technical-means-license', 'legal-registration-certificate').obtainedFrom).toBe(
      'gbd-ul',
    );
    expect(doc('ors-special-technical-means-license', 'identity-card-copy').obtainedFrom).toBe('gbd-fl');
  });
});

for (const [id, n, para] of [
  ['special-technical-means-import-export-conclusion', 4, 7],
  ['crypto-goods-import-export-conclusion', 5, 8],
] as const) {
  describe(`standard 1-т. ${n}): ${id}`, () => {
    it('7-т. 1): conclusion not later than 15 calendar days (office or portal)', () => {
      expect(kase(id, 'conclusion').deadline).toMatchObject({
        amount: 15,
        unit: 'calendar_days',
        bound: 'max',
      });
    });
    it('7-т. 2), 3): 20 minutes service and waiting', () => {
      expect(kase(id, 'conclusion').counterMaxService).toMatchObject({ amount: 20, unit: 'minutes' });
      expect(kase(id, 'conclusion').counterMaxWait).toMatchObject({ amount: 20, unit: 'minutes' });
    });
    it('7-т. last paragraph: completeness within 2 working days', () => {
      expect(kase(id, 'conclusion').completenessCheck).toMatchObject({ amount: 2, unit: 'working_days' });
    });
    it('8-т.: free of charge', () => {
      expect(kase(id, 'conclusion').fee).toMatchObject({ free: true, mci: null });
    });
    it('6-т.: individuals and legal entities', () => {
      expect(service(id).applicantTypes).toEqual(['individual', 'legal-entity']);
    });
    it('16-т.: four refusal grounds, 1) is incompleteness', () => {
      const g = service(id).refusalGrounds;
      expect(g).toHaveLength(4);
      expect(g[0]?.kind).toBe('incomplete');
      expect(g[0]?.source).toContain('16-т. 1)');
    });
    it('11-т.: б), в) are obtained from state IS', () => {
      expect(doc(id, 'identity-card').obtainedFrom).toBe('gbd-fl');
      expect(doc(id, 'legal-registration-certificate').obtainedFrom).toBe('gbd-ul');
    });
    it(`4-қосымша: application form cites paragraph ${para} of the Regulation and has an items table`, () => {
      const f = service(id).qualificationForm;
      expect(f?.source).toContain('4-қосымша');
      expect(f?.fields.find((x) => x.id === 'basis')?.label).toContain(`${para}-тармағына`);
      expect(f?.fields.find((x) => x.id === 'items')?.fields).toHaveLength(5);
    });
    it('14-т. 1): talon is 2-қосымша', () => {
      expect(stepOf(id, 'office', 'accept').result).toContain('2-қосымша');
    });
    it('3-қосымша: quality table jumps from 3.1 to 3.3', () => {
      const srcs = service(id).quality.indicators.map((q) => q.source);
      expect(srcs.some((s) => s.endsWith('3.3-жол'))).toBe(true);
      expect(srcs.some((s) => s.endsWith('3.2-жол'))).toBe(false);
    });
    it('no tacit consent or hearing in the standard', () => {
      expect(service(id).tacitConsent).toBeNull();
      expect(service(id).hearing).toBeNull();
    });
    it('office process: 10 steps; portal process: 10 steps', () => {
      expect(proc(id, 'office').steps).toHaveLength(10);
      expect(proc(id, 'portal').steps).toHaveLength(10);
    });
  });
}

describe('standard 1-т. 4): special technical means — specifics', () => {
  const id = 'special-technical-means-import-export-conclusion';
  it('11-т. 1) д): license only on temporary import, obtained from e-licensing', () => {
    expect(doc(id, 'stm-license')).toMatchObject({ optional: true, obtainedFrom: 'elicense-registry' });
  });
  it('11-т.: six office documents а)–е) and six portal documents', () => {
    expect(service(id).documents.filter((d) => d.channels.includes('provider-office'))).toHaveLength(6);
    expect(service(id).documents.filter((d) => d.channels.includes('egov-portal'))).toHaveLength(6);
  });
});

describe('standard 1-т. 5): crypto goods conclusion — specifics', () => {
  const id = 'crypto-goods-import-export-conclusion';
  it('11-т. 2): technical research conclusion scanned at not less than 300 dpi (own needs)', () => {
    expect(doc(id, 'portal-technical-research-conclusion').name.kk).toContain('300 нүктеден');
    expect(doc(id, 'portal-technical-research-conclusion').optional).toBe(true);
  });
  it('1-қосымша, 1-жол: Astana address adds «Оң жағалау»', () => {
    expect(service(id).territorialUnits[0]?.address).toContain('Оң жағалау');
  });
});

describe('standard 1-т. 6): crypto-goods notification registration', () => {
  const id = 'crypto-goods-notification-registration';
  it('7-т. 1): 10 working days until publication in the КОК register', () => {
    expect(kase(id, 'registration').deadline).toMatchObject({
      amount: 10,
      unit: 'working_days',
      countsFrom: 'submission',
    });
  });
  it('7-т. 2), 3): 20 minutes service and waiting', () => {
    expect(kase(id, 'registration').counterMaxService).toMatchObject({ amount: 20, unit: 'minutes' });
    expect(kase(id, 'registration').counterMaxWait).toMatchObject({ amount: 20, unit: 'minutes' });
  });
  it('7-т. last paragraph: completeness within 2 working days', () => {
    expect(kase(id, 'registration').completenessCheck).toMatchObject({ amount: 2, unit: 'working_days' });
  });
  it('8-т.: free', () => {
    expect(kase(id, 'registration').fee).toMatchObject({ free: true });
  });
  it('2-т.: not automated (paper)', () => {
    expect(service(id).form.automation).toBe('none');
  });
  it('9-т., 13-т.: only office and post — no portal', () => {
    expect(
      service(id)
        .channels.map((c) => c.kind)
        .sort(),
    ).toEqual(['post', 'provider-office']);
  });
  it('11-т. 1): notification form in two copies', () => {
    expect(doc(id, 'notification-form').name.kk).toContain('екі дана');
  });
  it('11-т. 3): legalized authorization from the manufacturer (apostille)', () => {
    expect(doc(id, 'manufacturer-authorization').name.kk).toContain('апостиль');
  });
  it('16-т.: exactly two refusal grounds; no others allowed', () => {
    expect(service(id).refusalGrounds).toHaveLength(2);
    expect(
      service(id)
        .refusalGrounds.map((g) => g.kind)
        .sort(),
    ).toEqual(['incomplete', 'other']);
  });
  it('5-т. 2): info sent to the Customs Union Commission by official letter', () => {
    expect(stepOf(id, 'office', 'register').action).toContain('ресми хатпен');
  });
  it('15-т. 2): Astana office posts the result to the cover-letter address', () => {
    expect(stepOf(id, 'office', 'post').role).toBe('astana-office');
  });
  it('process has 10 steps, talon 2-қосымша at acceptance', () => {
    expect(proc(id, 'office').steps).toHaveLength(10);
    expect(stepOf(id, 'office', 'accept').result).toContain('2-қосымша');
  });
  it('no application-form annex', () => {
    expect(service(id).qualificationForm).toBeNull();
  });
  it('3-қосымша, 5.1-жол: six indicators, the last one the courtesy row 5.1 (the seed is not cut there)', () => {
    const indicators = service(id).quality.indicators;
    // Rows 1.1, 2.1, 3.1, 3.3, 4.1, 5.1 of the annex's table: six.
    expect(indicators).toHaveLength(6);
    expect(indicators.at(-1)).toEqual({
      text: '5. Сыпайылық: 5.1. Персоналдың сыпайылығына қанағаттанған тұтынушылардың %-ы (үлесі)',
      source: 'Стандарт (1-т. 6)), 3-қосымша, 5.1-жол',
    });
  });
});

describe('11-т. 1): the grounds of a duplicate and a reissue, standards 1)–3)', () => {
  const licences = [
    ['ors-special-technical-means-license', 1],
    ['crypto-protection-means-license', 2],
    ['technical-leak-channels-detection-license', 3],
  ] as const;
  it.each(licences)('%s: a duplicate for a lost or damaged licence, no term to apply', (id, n) => {
    expect(kase(id, 'duplicate').ground).toMatchObject({
      kind: 'loss-or-damage',
      applyWithin: null,
      source: `Стандарт (1-т. ${n})), 11-т. 1) тармақша (телнұсқа)`,
    });
    expect(kase(id, 'duplicate').ground?.text.kk).toContain('жоғалған, бүлінген');
  });
  it.each(licences)('%s: a reissue for a change, applied for within 30 calendar days', (id, n) => {
    expect(kase(id, 'reissue').ground).toMatchObject({
      kind: 'change',
      applyWithin: { amount: 30, unit: 'calendar_days' },
      source: `Стандарт (1-т. ${n})), 11-т. 1) тармақша (қайта ресімдеу)`,
    });
    expect(kase(id, 'reissue').ground?.text.kk).toContain('күнтізбелік отыз күн ішінде');
  });
  it('no other case of the act names a ground', () => {
    const others = file.services.flatMap((s) =>
      s.cases.filter((c) => c.ground !== null && !['duplicate', 'reissue'].includes(c.id)),
    );
    expect(others).toEqual([]);
  });
});
