/** The state fee a case charges, as the act sets it in monthly calculation indices (MCI). */
import { feeInTenge } from '../../money/index.ts';
import type { ApplicationState } from '../model.ts';
import type { Case } from './context.ts';

export function feeDue(kase: Case): boolean {
  return kase.fee !== null && !kase.fee.free;
}

/** The fee in tenge on the registration date; null when none is due or the act states no amount. */
export function expectedFee(state: ApplicationState, kase: Case, now: Date): number | null {
  if (!feeDue(kase) || kase.fee?.mci == null) return null;
  const on = (state.registration?.registeredAt ?? state.submittedAt ?? now.toISOString()).slice(0, 10);
  return feeInTenge(kase.fee.mci, on).tenge;
}
