/**
 * Who a recorded event is credited to in a case's history (issue 16: the provider's steps are
 * never credited to the applicant). The applicant's own acts are theirs; what the portal or the
 * engine did as a result of them (registration on submission, the steps that follow, timers) is
 * the system's; an official's act is that official's, named with the role. Pure.
 */

/** The events an applicant does themselves. */
const applicantEvents: ReadonlySet<string> = new Set([
  'draft-created',
  'draft-updated',
  'submitted',
  'payment-recorded',
  'objection-filed',
  'withdrawn',
]);

/** The role to name beside the actor, 'system' when the system is to be named instead, or null when unknown. */
export function creditedRole(eventType: string, role: string | undefined): string | null {
  if (role === undefined) return null;
  if (role === 'system' || (role === 'applicant' && !applicantEvents.has(eventType))) return 'system';
  return role;
}

/** "who (role)" for the history's column; `roleName` gives a role's name in the reader's language. */
export function historyBy(
  e: { type: string; data: { by?: string; role?: string } | null },
  roleName: (role: string) => string,
): string {
  const role = creditedRole(e.type, e.data?.role);
  if (role === null) return e.data?.by ?? '—';
  if (role === 'system') return roleName('system');
  return `${e.data?.by ?? '—'} (${roleName(role)})`;
}
