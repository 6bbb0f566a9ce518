/**
 * The state databases a provider queries through the e-gov gateway (ЭҮШ) instead of asking the
 * applicant for paper (seed 000 Rules p. 7; seed 001 Regulations p. 5 3)): the state database
 * of individuals (ЖТ МДБ), of legal entities (ЗТ МДБ), criminal records (Committee on Legal
 * Statistics and Special Accounts, ҚСжАЕАК) and tax registration (state revenue bodies).
 *
 * `find*` returns null when the database has no such record; a database that does not answer
 * throws its own `integrations.*_unavailable` code, so a case can say "data missing in the
 * state database" and wait or retry instead of deciding on nothing. A malformed IIN/BIN is
 * refused before any request goes out.
 */
import { AppError, type ErrorCode } from '../errors/app-error.ts';
import type { LocalDate } from '../calendar/local-date.ts';
import type { Clock } from './clock.ts';
import { demoCompanies, demoPeople, type DemoCompany, type DemoPerson } from './demo-seed.ts';
import { requireBin, requireId, requireIin } from './id-input.ts';

export interface Individual {
  iin: string;
  lastName: string;
  firstName: string;
  patronymic?: string;
  birthDate: LocalDate;
  address: string;
  /** The address in Russian, where the database keeps one (a Russian document prints it). */
  addressRu?: string;
  status: 'active' | 'deceased' | 'emigrated';
}

export interface LegalEntity {
  bin: string;
  name: { kk: string; ru: string };
  registrationDate: LocalDate;
  address: string;
  /** The legal address in Russian, where the database keeps one. */
  addressRu?: string;
  head: { iin: string; name: string };
  status: 'active' | 'in-liquidation' | 'liquidated';
}

export interface CriminalRecordCheck {
  iin: string;
  hasRecord: boolean;
  detail?: string;
  /** When the answer was given: a check is valid as of that moment only. */
  checkedAt: string;
}

export interface TaxRegistration {
  id: string;
  registered: boolean;
  /** Arrears in tenge, present only when there are any. */
  taxDebt?: number;
  checkedAt: string;
}

/** The port: one method per lookup the acts name. */
export interface StateDatabases {
  findIndividual(iin: string): Promise<Individual | null>;
  findLegalEntity(bin: string): Promise<LegalEntity | null>;
  checkCriminalRecord(iin: string): Promise<CriminalRecordCheck>;
  checkTaxRegistration(iinOrBin: string): Promise<TaxRegistration>;
}

export type StateLookup = 'individuals' | 'legalEntities' | 'criminalRecords' | 'tax';
export type LookupFailure = 'timeout' | 'unavailable';

const unavailableCode: Record<StateLookup, ErrorCode> = {
  individuals: 'integrations.individuals_unavailable',
  legalEntities: 'integrations.legal_entities_unavailable',
  criminalRecords: 'integrations.criminal_records_unavailable',
  tax: 'integrations.tax_unavailable',
};

export interface StateDatabasesSimulatorOptions {
  clock: Clock;
  /** The records; the demo seed when not given. */
  people?: readonly DemoPerson[];
  companies?: readonly DemoCompany[];
  /** Lookups that fail from the start, e.g. `{ individuals: 'timeout' }`. */
  failures?: Partial<Record<StateLookup, LookupFailure>>;
}

/** One query the simulator answered or failed, for tests and the demo's audit view. */
export interface LookupLogEntry {
  lookup: StateLookup;
  id: string;
  at: string;
  outcome: 'found' | 'not-found' | LookupFailure;
}

/** In-memory state databases seeded with `demoPeople` and `demoCompanies`. */
export class StateDatabasesSimulator implements StateDatabases {
  private readonly clock: Clock;
  private readonly people: Map<string, DemoPerson>;
  private readonly companies: Map<string, DemoCompany>;
  private readonly failing = new Map<StateLookup, { failure: LookupFailure; remaining: number }>();
  private readonly log: LookupLogEntry[] = [];

  constructor(options: StateDatabasesSimulatorOptions) {
    this.clock = options.clock;
    this.people = new Map((options.people ?? demoPeople).map((p) => [p.iin, p]));
    this.companies = new Map((options.companies ?? demoCompanies).map((c) => [c.bin, c]));
    for (const [lookup, failure] of Object.entries(options.failures ?? {}) as [StateLookup, LookupFailure][])
      this.setFailure(lookup, failure);
  }

  /**
   * Makes a lookup time out or be unavailable for the next `times` queries (all of them by
   * default); `null` makes it answer again.
   */
  setFailure(lookup: StateLookup, failure: LookupFailure | null, times = Infinity): void {
    if (failure === null) this.failing.delete(lookup);
    else this.failing.set(lookup, { failure, remaining: times });
  }

  /** The queries so far, oldest first. */
  lookups(): readonly LookupLogEntry[] {
    return [...this.log];
  }

  async findIndividual(iin: string): Promise<Individual | null> {
    const key = requireIin(iin);
    this.failIfSet('individuals', key);
    const p = this.people.get(key);
    this.record('individuals', key, p === undefined ? 'not-found' : 'found');
    if (p === undefined) return null;
    const found: Individual = {
      iin: p.iin,
      lastName: p.lastName,
      firstName: p.firstName,
      birthDate: p.birthDate,
      address: p.address,
      status: p.status,
    };
    if (p.patronymic !== undefined) found.patronymic = p.patronymic;
    if (p.addressRu !== undefined) found.addressRu = p.addressRu;
    return found;
  }

  async findLegalEntity(bin: string): Promise<LegalEntity | null> {
    const key = requireBin(bin);
    this.failIfSet('legalEntities', key);
    const c = this.companies.get(key);
    this.record('legalEntities', key, c === undefined ? 'not-found' : 'found');
    if (c === undefined) return null;
    const found: LegalEntity = {
      bin: c.bin,
      name: { ...c.name },
      registrationDate: c.registrationDate,
      address: c.address,
      head: { ...c.head },
      status: c.status,
    };
    if (c.addressRu !== undefined) found.addressRu = c.addressRu;
    return found;
  }

  /** No record is the answer for a person the database does not know, as the real system gives. */
  async checkCriminalRecord(iin: string): Promise<CriminalRecordCheck> {
    const key = requireIin(iin);
    this.failIfSet('criminalRecords', key);
    const record = this.people.get(key)?.criminalRecord ?? null;
    this.record('criminalRecords', key, record === null ? 'not-found' : 'found');
    const result: CriminalRecordCheck = { iin: key, hasRecord: record !== null, checkedAt: this.now() };
    if (record !== null) result.detail = record;
    return result;
  }

  async checkTaxRegistration(iinOrBin: string): Promise<TaxRegistration> {
    const { value: key, kind } = requireId(iinOrBin);
    this.failIfSet('tax', key);
    const subject = kind === 'iin' ? this.people.get(key) : this.companies.get(key);
    this.record('tax', key, subject === undefined ? 'not-found' : 'found');
    const result: TaxRegistration = {
      id: key,
      registered: subject?.taxRegistered ?? false,
      checkedAt: this.now(),
    };
    if (subject !== undefined && subject.taxDebt > 0) result.taxDebt = subject.taxDebt;
    return result;
  }

  private now(): string {
    return this.clock().toISOString();
  }

  private record(lookup: StateLookup, id: string, outcome: LookupLogEntry['outcome']): void {
    this.log.push({ lookup, id, at: this.now(), outcome });
  }

  private failIfSet(lookup: StateLookup, id: string): void {
    const f = this.failing.get(lookup);
    if (f === undefined || f.remaining <= 0) return;
    f.remaining -= 1;
    if (f.remaining <= 0) this.failing.delete(lookup);
    this.record(lookup, id, f.failure);
    throw new AppError(unavailableCode[lookup], `${lookup} lookup for ${id}: ${f.failure}`, {
      reason: f.failure,
    });
  }
}
