/**
 * The people a document names, looked up where they are kept: the holder in the state database
 * of legal entities or individuals (its Russian form for Russian documents, its address), the
 * officials by login in their accounts (name, role, their unit's region as the place of issue),
 * and for a reissue the first permit of the chain in the registry. Every rendering of one
 * document — issuing it, downloading it, re-verifying it on the registry page — goes through
 * here, so the same bytes come out each time.
 */
import type { ApplicationState } from '../cases/model.ts';
import type { Visit } from '../cases/visit.ts';
import type { StateDatabases } from '../integrations/state-databases.ts';
import type { Store } from '../store/store.ts';
import type { DocumentParties, NamedOfficial } from './content.ts';

export interface PartySources {
  stateDatabases: Pick<StateDatabases, 'findIndividual' | 'findLegalEntity'>;
  findOfficial(login: string): Promise<NamedOfficial | undefined>;
  findPermit(
    number: string,
  ): Promise<{ issuedAt: string; reissuedFrom: string | null; subtype: string | null } | undefined>;
  /** The counter visit the application was registered during (src/cases/visit.ts), if any. */
  findVisit?(applicationId: string): Promise<Visit | undefined>;
}

/** Longest chain of reissues followed back to the first permit (a cycle cannot occur; this bounds a bad row). */
const MAX_REISSUES = 50;

/**
 * `at`: the instant the document is (or was) signed. A visit that ended after it is left out,
 * so a receipt signed before the visit was finished renders the same bytes ever after.
 */
export async function documentParties(
  sources: PartySources,
  state: ApplicationState,
  at?: Date,
): Promise<DocumentParties> {
  const id = state.applicant.id;
  // A database that does not answer leaves the application's own name: the document still renders.
  const holder = await (async (): Promise<DocumentParties['holder']> => {
    try {
      if (state.applicant.type === 'legal-entity') {
        const e = await sources.stateDatabases.findLegalEntity(id);
        return e === null
          ? null
          : { name: { kk: e.name.kk, ru: e.name.ru }, address: e.address, addressRu: e.addressRu ?? null };
      }
      const p = await sources.stateDatabases.findIndividual(id);
      if (p === null) return null;
      const name = [p.lastName, p.firstName, p.patronymic].filter((x) => x !== undefined).join(' ');
      // The database keeps one form of a person's name (as on the identity card).
      return { name: { kk: name, ru: null }, address: p.address, addressRu: p.addressRu ?? null };
    } catch {
      return null;
    }
  })();
  const logins = new Set(
    [state.registration?.official, state.signature?.by, state.decision?.by].filter(
      (x): x is string => x !== undefined && x !== 'system',
    ),
  );
  const officials: Record<string, NamedOfficial> = {};
  for (const login of logins) {
    const o = await sources.findOfficial(login);
    if (o !== undefined) officials[login] = o;
  }
  const own = state.issued === null ? undefined : await sources.findPermit(state.issued.permitNumber);
  let firstIssuedAt: string | null = null;
  // A duplicate is the permit itself again: its first issue date is the permit's (or its chain's).
  if (own !== undefined && (own.reissuedFrom !== null || state.caseKind === 'duplicate')) {
    let at = own;
    for (let i = 0; i < MAX_REISSUES && at.reissuedFrom !== null; i++) {
      const previous = await sources.findPermit(at.reissuedFrom);
      if (previous === undefined) break;
      at = previous;
    }
    firstIssuedAt = at.issuedAt;
  }
  const visit = await sources.findVisit?.(state.id);
  const shown =
    visit?.endedAt != null && (at === undefined || Date.parse(visit.endedAt) <= at.getTime()) ? visit : null;
  return {
    holder,
    officials,
    permitSubtype: own?.subtype ?? null,
    firstIssuedAt,
    ...(shown === null ? {} : { visit: shown }),
  };
}

/** The sources of a store: the given state databases, the officials' accounts, the registry. */
export function storePartySources(
  store: Store,
  stateDatabases: PartySources['stateDatabases'],
): PartySources {
  return {
    stateDatabases,
    findOfficial: (login) => store.repos.officials.findSignatory(login),
    findVisit: (applicationId) => store.repos.visits.findByApplication(applicationId),
    async findPermit(number) {
      const row = await store.findPermit(number);
      if (row === undefined) return undefined;
      const p = row.data as { issuedAt: string; reissuedFrom: string | null; subtype: string | null };
      return { issuedAt: p.issuedAt, reissuedFrom: p.reissuedFrom, subtype: p.subtype };
    },
  };
}
