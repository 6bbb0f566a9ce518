/** Who did a recorded step, as the case history names them. */
import type { Key, Translate } from '../../i18n.ts';
import type { CaseView } from './types.ts';

/**
 * Who did it: the applicant's own acts are theirs; what the portal or the engine did as a result
 * (registration on submission, steps that follow, timers) is the system's, never the applicant's.
 */
const applicantEvents = new Set([
  'draft-created',
  'draft-updated',
  'submitted',
  'payment-recorded',
  'objection-filed',
  'withdrawn',
]);
export function historyBy(e: CaseView['events'][number], t: Translate): string {
  const role = e.data?.role;
  if (role === undefined) return e.data?.by ?? '—';
  if (role === 'system' || (role === 'applicant' && !applicantEvents.has(e.type))) return t('role.system');
  return `${e.data?.by ?? '—'} (${t(`role.${role}` as Key)})`;
}
