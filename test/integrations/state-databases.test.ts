import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors/app-error.ts';
import { checkId, withControlDigit } from '../../src/identity/iin-bin.ts';
import { StateDatabasesSimulator, demoCompanies, demoPeople } from '../../src/integrations/index.ts';

const clock = () => new Date('2025-03-03T05:00:00Z');
const sim = () => new StateDatabasesSimulator({ clock });
const byLastName = (name: string) => {
  const p = demoPeople.find((x) => x.lastName === name);
  if (p === undefined) throw new Error(name);
  return p;
};
const unknownIin = withControlDigit('91010130001') as string;

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error: unknown = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('demo seed', () => {
  it('has enough people and companies, with every case the checks need', () => {
    expect(demoPeople.length).toBeGreaterThanOrEqual(8);
    expect(demoCompanies.length).toBeGreaterThanOrEqual(6);
    expect(demoCompanies.some((c) => c.status === 'liquidated')).toBe(true);
    expect(demoPeople.some((p) => p.criminalRecord !== null)).toBe(true);
    expect(demoPeople.some((p) => p.taxDebt > 0)).toBe(true);
    expect(demoCompanies.some((c) => c.taxDebt > 0)).toBe(true);
    expect(demoPeople.some((p) => p.status === 'deceased')).toBe(true);
  });

  it('uses valid, unique IINs that agree with the birth date and the patronymic', () => {
    expect(new Set(demoPeople.map((p) => p.iin)).size).toBe(demoPeople.length);
    for (const p of demoPeople) {
      const check = checkId(p.iin);
      expect(check, p.lastName).toMatchObject({ valid: true, kind: 'iin', birthDate: p.birthDate });
      if (p.patronymic !== undefined && check.valid && check.kind === 'iin')
        expect(check.sex, p.lastName).toBe(p.patronymic.endsWith('қызы') ? 'female' : 'male');
    }
  });

  it('uses valid, unique BINs registered in the month of the registration date, headed by seed people', () => {
    expect(new Set(demoCompanies.map((c) => c.bin)).size).toBe(demoCompanies.length);
    for (const c of demoCompanies) {
      expect(checkId(c.bin), c.name.kk).toMatchObject({
        valid: true,
        kind: 'bin',
        registered: c.registrationDate.slice(0, 7),
      });
      expect(demoPeople.map((p) => p.iin)).toContain(c.head.iin);
    }
  });
});

describe('state databases simulator', () => {
  it('finds an individual by IIN, and says null for one it does not know', async () => {
    const db = sim();
    const p = byLastName('Омарова');
    expect(await db.findIndividual(p.iin)).toEqual({
      iin: p.iin,
      lastName: 'Омарова',
      firstName: 'Айгерім',
      patronymic: 'Серікқызы',
      birthDate: '1990-07-22',
      address: p.address,
      addressRu: p.addressRu,
      status: 'active',
    });
    const noPatronymic = await db.findIndividual(byLastName('Мұқанова').iin);
    expect(noPatronymic).toMatchObject({ status: 'deceased' });
    expect(noPatronymic).not.toHaveProperty('patronymic');
    expect(await db.findIndividual(unknownIin)).toBeNull();
  });

  it('finds a legal entity by BIN, with its head and status', async () => {
    const db = sim();
    const liquidated = demoCompanies.find((c) => c.status === 'liquidated');
    const found = await db.findLegalEntity(` ${liquidated?.bin ?? ''} `);
    expect(found).toMatchObject({ bin: liquidated?.bin, status: 'liquidated', name: liquidated?.name });
    expect(found?.head.iin).toBe(byLastName('Мұқанова').iin);
    expect(await db.findLegalEntity(withControlDigit('20014000001') as string)).toBeNull();
  });

  it('returns copies: changing an answer does not change the database', async () => {
    const db = sim();
    const bin = demoCompanies[0]?.bin as string;
    const first = await db.findLegalEntity(bin);
    if (first === null) throw new Error('missing');
    first.name.kk = 'changed';
    first.head.name = 'changed';
    expect((await db.findLegalEntity(bin))?.name.kk).toBe(demoCompanies[0]?.name.kk);
  });

  it('refuses a malformed number, and the wrong kind of number, before asking anything', async () => {
    const db = sim();
    const iin = byLastName('Сейітов').iin;
    const bin = demoCompanies[0]?.bin as string;
    const e = await rejection(db.findIndividual('85031430101X'));
    expect(e.code).toBe('integrations.invalid_id');
    expect(e.params).toEqual({ value: '85031430101X' });
    expect(
      (await rejection(db.findIndividual(iin.slice(0, 11) + String((Number(iin[11]) + 1) % 10)))).code,
    ).toBe('integrations.invalid_id');
    expect((await rejection(db.findIndividual(bin))).code).toBe('integrations.not_an_iin');
    expect((await rejection(db.findLegalEntity(iin))).code).toBe('integrations.not_a_bin');
    expect((await rejection(db.checkCriminalRecord(bin))).code).toBe('integrations.not_an_iin');
    expect((await rejection(db.checkTaxRegistration('1'))).code).toBe('integrations.invalid_id');
    expect(db.lookups()).toEqual([]);
  });

  it('reports a criminal record with its detail, and none for a clean or unknown person', async () => {
    const db = sim();
    const convicted = await db.checkCriminalRecord(byLastName('Жұмабаев').iin);
    expect(convicted).toMatchObject({ hasRecord: true, checkedAt: '2025-03-03T05:00:00.000Z' });
    expect(convicted.detail).toContain('188');
    expect(await db.checkCriminalRecord(byLastName('Омарова').iin)).toEqual({
      iin: byLastName('Омарова').iin,
      hasRecord: false,
      checkedAt: '2025-03-03T05:00:00.000Z',
    });
    expect((await db.checkCriminalRecord(unknownIin)).hasRecord).toBe(false);
  });

  it('reports tax registration and arrears for people and companies', async () => {
    const db = sim();
    const indebted = demoCompanies.find((c) => c.taxDebt > 0);
    expect(await db.checkTaxRegistration(indebted?.bin as string)).toMatchObject({
      registered: true,
      taxDebt: 2_450_000,
    });
    expect(await db.checkTaxRegistration(byLastName('Тоқтарова').iin)).toMatchObject({ taxDebt: 184_350 });
    const clean = await db.checkTaxRegistration(byLastName('Әбенова').iin);
    expect(clean).toMatchObject({ registered: true });
    expect(clean).not.toHaveProperty('taxDebt');
    const liquidated = demoCompanies.find((c) => c.status === 'liquidated');
    expect((await db.checkTaxRegistration(liquidated?.bin as string)).registered).toBe(false);
    expect((await db.checkTaxRegistration(unknownIin)).registered).toBe(false);
  });

  it('can time out or be unavailable, per lookup, for a number of queries or until cleared', async () => {
    const db = new StateDatabasesSimulator({ clock, failures: { individuals: 'timeout' } });
    const iin = byLastName('Сейітов').iin;
    const e = await rejection(db.findIndividual(iin));
    expect(e.code).toBe('integrations.individuals_unavailable');
    expect(e.params).toEqual({ reason: 'timeout' });
    // Other databases still answer.
    expect(await db.findLegalEntity(demoCompanies[0]?.bin as string)).not.toBeNull();
    db.setFailure('individuals', null);
    expect(await db.findIndividual(iin)).not.toBeNull();

    db.setFailure('legalEntities', 'unavailable', 1);
    expect((await rejection(db.findLegalEntity(demoCompanies[0]?.bin as string))).code).toBe(
      'integrations.legal_entities_unavailable',
    );
    expect(await db.findLegalEntity(demoCompanies[0]?.bin as string)).not.toBeNull();

    db.setFailure('criminalRecords', 'timeout');
    db.setFailure('tax', 'unavailable');
    expect((await rejection(db.checkCriminalRecord(iin))).code).toBe(
      'integrations.criminal_records_unavailable',
    );
    expect((await rejection(db.checkTaxRegistration(iin))).code).toBe('integrations.tax_unavailable');
    // A malformed number is still refused as such, not as an outage.
    expect((await rejection(db.checkTaxRegistration('x'))).code).toBe('integrations.invalid_id');
  });

  it('logs every query with its outcome', async () => {
    const db = sim();
    await db.findIndividual(unknownIin);
    db.setFailure('tax', 'timeout', 1);
    await db.checkTaxRegistration(unknownIin).catch(() => undefined);
    expect(db.lookups()).toEqual([
      { lookup: 'individuals', id: unknownIin, at: '2025-03-03T05:00:00.000Z', outcome: 'not-found' },
      { lookup: 'tax', id: unknownIin, at: '2025-03-03T05:00:00.000Z', outcome: 'timeout' },
    ]);
  });
});
