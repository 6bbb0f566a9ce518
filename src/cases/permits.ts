/**
 * Where the engine meets the registry: the permit a reissue, duplicate or appendix acts on,
 * the number a new permit gets, and the registry change an issued result makes — all inside
 * the command's transaction, so a permit exists exactly when its application says "issued".
 */
import { AppError } from '../errors/app-error.ts';
import type { Service } from '../catalog/schema.ts';
import { importPermit, type PermitImport } from '../registry/import.ts';
import {
  addAppendix,
  applyPermitCommand,
  issueDuplicate,
  issuePermit,
  permitKinds,
  permitNumber,
  reissue,
  type Outcome,
  type Permit,
  type PermitCommand,
  type PermitKind,
} from '../registry/index.ts';
import type { StoreTx } from '../store/store.ts';
import type { ApplicationState, Recorded } from './model.ts';

export async function findPermit(
  tx: StoreTx,
  number: string,
): Promise<{ number: string; holderId: string; status: string } | null> {
  const row = await tx.findPermit(number);
  return row === undefined ? null : { number: row.number, holderId: row.holderId, status: row.status };
}

/**
 * A three-letter code per service for permit numbers, derived from its id so it needs no
 * registry of its own; test/cases checks the catalog's codes are unique.
 */
export function serviceCode(serviceId: string): string {
  let h = 2166136261;
  for (let i = 0; i < serviceId.length; i++) h = Math.imul(h ^ serviceId.charCodeAt(i), 16777619) >>> 0;
  let code = '';
  for (let i = 0; i < 3; i++) {
    code += String.fromCharCode(65 + (h % 26));
    h = Math.floor(h / 26);
  }
  return code;
}

/** The number the result will carry: a new one for an issue or a reissue, the existing one otherwise. */
export async function permitNumberFor(
  tx: StoreTx,
  state: ApplicationState,
  service: Service,
  date: string,
): Promise<string> {
  if (state.permitNumber !== null && state.caseKind !== 'reissue') return state.permitNumber;
  const code = serviceCode(service.id);
  const year = Number(date.slice(0, 4));
  const number = permitNumber(code, year, await tx.nextNumber(`permit:${code}:${year}`));
  if (number === null) throw new Error(`cannot number a permit for ${service.id} in ${year}`);
  return number;
}

/**
 * Brings a permit issued outside Ruqsat into the registry under a registry number of its
 * service and issue year; refused when its original number was imported before, or its holder
 * is not a valid IIN/BIN. Run inside a transaction: a refusal rolls the number back.
 */
export async function importExternalPermit(
  tx: StoreTx,
  input: PermitImport,
  service: Service,
  by: string,
  now: Date,
  today: string,
): Promise<Permit> {
  const code = serviceCode(service.id);
  const year = Number(input.issuedAt.slice(0, 4));
  const number = permitNumber(code, year, await tx.nextNumber(`permit:${code}:${year}`));
  if (number === null) throw new Error(`cannot number a permit for ${service.id} in ${year}`);
  const permit = unwrap(importPermit(number, input, by, now, today));
  const row = { number, holderId: permit.holderId, serviceId: permit.serviceId, status: permit.status };
  const outcome = await tx.insertImportedPermit({ ...row, data: permit }, input.originalNumber);
  if (!outcome.inserted)
    throw new AppError('registry.already_in_registry', `${input.originalNumber} is ${outcome.existing}`, {
      value: input.originalNumber,
      existing: outcome.existing,
    });
  return permit;
}

/** Why the duplicate was issued, as the applicant declared it (seed 004 11-т.: lost or damaged). */
function duplicateReason(state: ApplicationState): string {
  const ground = state.ground;
  if (ground?.kind === 'loss') return 'өтініш бойынша телнұсқа: лицензия жоғалған';
  if (ground?.kind === 'damage') return 'өтініш бойынша телнұсқа: лицензия бүлінген';
  return 'өтініш бойынша телнұсқа';
}

function kindOf(service: Service): PermitKind {
  const result = service.results.find((r) => r.kind !== 'reasoned-refusal');
  const kind =
    result?.kind === 'license-reissue' || result?.kind === 'appendix' || result?.kind === 'duplicate'
      ? 'license'
      : result?.kind;
  return (permitKinds as readonly string[]).includes(kind ?? '') ? (kind as PermitKind) : 'other';
}

function unwrap<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}

export async function applyToRegistry(
  tx: StoreTx,
  state: ApplicationState,
  events: Recorded[],
  service: Service,
  by: string,
  now: Date,
  /** Today in the provider's time zone. */
  date: string,
): Promise<void> {
  const issued = events.find((e) => e.type === 'issued');
  if (issued === undefined || issued.type !== 'issued') return;
  const put = (p: Permit) =>
    tx.putPermit({
      number: p.number,
      holderId: p.holderId,
      serviceId: p.serviceId,
      status: p.status,
      data: p,
    });
  const existing = async (): Promise<Permit> => {
    const row = state.permitNumber === null ? undefined : await tx.findPermit(state.permitNumber);
    if (row === undefined)
      throw new AppError('cases.permit_not_usable', 'gone', {
        number: state.permitNumber ?? '—',
        reason: 'not in the registry',
      });
    return row.data as Permit;
  };
  switch (state.caseKind) {
    case 'reissue': {
      const change = unwrap(
        reissue(
          await existing(),
          {
            newNumber: issued.permitNumber,
            issuedAt: date,
            applicationId: state.id,
            reason:
              state.ground?.kind === 'change'
                ? `өтініш бойынша қайта ресімдеу: ${state.ground.change} (${state.ground.changedOn})`
                : 'өтініш бойынша қайта ресімдеу',
            by,
          },
          now,
        ),
      );
      await put(change.previous);
      await put(change.permit);
      return;
    }
    case 'duplicate':
      await put(
        unwrap(
          issueDuplicate(
            await existing(),
            { applicationId: state.id, reason: duplicateReason(state), by },
            now,
          ),
        ),
      );
      return;
    case 'appendix':
      await put(
        unwrap(
          addAppendix(
            await existing(),
            {
              subtype: typeof state.form['subtype'] === 'string' ? state.form['subtype'] : service.title.kk,
              issuedAt: date,
              applicationId: state.id,
              by,
            },
            now,
          ),
        ),
      );
      return;
    case 'issue':
    case 'registration':
    case 'extension':
    case 'conclusion':
    case 'certificate':
    case 'other':
      await put(
        unwrap(
          issuePermit(
            {
              number: issued.permitNumber,
              holderId: state.applicant.id,
              serviceId: service.id,
              kind: kindOf(service),
              subtype: null,
              issuedAt: date,
              applicationId: state.id,
              by,
            },
            now,
          ),
        ),
      );
  }
}

/** A registry change made by an official outside an application (suspension, resumption, termination), in one transaction. */
export async function changePermit(
  tx: StoreTx,
  number: string,
  command: Extract<PermitCommand, { type: 'suspend' | 'resume' | 'terminate' }>,
  now: Date,
): Promise<Permit> {
  const row = await tx.findPermit(number);
  if (row === undefined)
    throw new AppError('cases.permit_not_usable', 'unknown permit', {
      number,
      reason: 'not in the registry',
    });
  const change = unwrap(applyPermitCommand(row.data as Permit, command, now));
  const p = change.permit;
  await tx.putPermit({
    number: p.number,
    holderId: p.holderId,
    serviceId: p.serviceId,
    status: p.status,
    data: p,
  });
  return p;
}
