/**
 * Who may do what. The acts name the participants of each step; the engine lets a step be
 * completed only by the role its catalog step names, and lets an official act on an
 * application only in a role the service's process names.
 */
import { AppError } from '../errors/app-error.ts';
import type { Service } from '../catalog/schema.ts';
import type { Actor, ApplicationState, RoleKind } from './model.ts';

type Process = Service['processes'][number];

/** Roles that act on behalf of the provider (not the applicant, not a machine, not another body). */
const officialRoles: ReadonlySet<RoleKind> = new Set([
  'office-clerk',
  'head',
  'unit-head',
  'executor',
  'commission',
  'commission-secretary',
  'state-corporation-operator',
  'other',
]);

export function isOfficial(role: Actor['role']): boolean {
  return role !== 'system' && officialRoles.has(role);
}

export function requireApplicant(state: ApplicationState, actor: Actor): void {
  if (actor.role !== 'applicant' || actor.id !== state.applicant.id)
    throw new AppError('cases.not_applicant', `actor ${actor.id} (${actor.role}) is not the applicant`);
}

export function requireSystem(actor: Actor): void {
  if (actor.role !== 'system')
    throw new AppError('cases.forbidden_role', 'system only', { role: actor.role, expected: 'system' });
}

/** An official of the application's provider, in a role its process names (any official role when it has no process). */
export function requireOfficial(
  state: ApplicationState,
  actor: Actor,
  process: Process | undefined,
  allowed?: RoleKind[],
): void {
  if (!isOfficial(actor.role))
    throw new AppError('cases.forbidden_role', `role ${actor.role} is not an official`, {
      role: actor.role,
      expected: 'official',
    });
  if (actor.providerId !== undefined && actor.providerId !== state.providerId)
    throw new AppError('cases.wrong_provider', `provider ${actor.providerId} ≠ ${state.providerId}`);
  const named = process === undefined ? null : new Set(process.participants.map((p) => p.kind));
  const candidates = (allowed ?? [...officialRoles]).filter((r) => named === null || named.has(r));
  // A process that names none of the wanted roles leaves it to any official role it names.
  const accepted =
    candidates.length > 0 ? candidates : [...(named ?? officialRoles)].filter((r) => officialRoles.has(r));
  if (!accepted.includes(actor.role as RoleKind))
    throw new AppError('cases.forbidden_role', `role ${actor.role} not in ${accepted.join(', ')}`, {
      role: actor.role,
      expected: accepted.join(', '),
    });
}
