/** The words on an offered action's button: the step (or its branch) to complete, or the command with its object. */
import type { OfferedAction } from '../../../../src/cases/actions.ts';
import type { useI18n } from '../../i18n.ts';
import { shorten } from '../desk.tsx';

export function actionTitle(action: OfferedAction, t: ReturnType<typeof useI18n>['t']): string {
  const c = action.command;
  switch (c.type) {
    case 'complete-step': {
      const step = action.step?.label ?? shorten(action.step?.action ?? c.stepId, 70);
      return c.branch === undefined
        ? t('desk.action.complete-step', { step })
        : t('desk.action.complete-step.branch', { step, branch: action.step?.branchText ?? c.branch });
    }
    case 'check-completeness':
      return t(
        c.complete ? 'desk.action.check-completeness.complete' : 'desk.action.check-completeness.incomplete',
      );
    case 'request-state-data':
      return t('desk.action.request-state-data', { source: c.source });
    case 'record-state-data':
      return t('desk.action.record-state-data', { source: c.source });
    case 'request-approval':
      return t('desk.action.request-approval', { agency: c.agency });
    case 'record-approval':
      return t('desk.action.record-approval', { agency: c.agency });
    case 'decide':
      return t(c.decision === 'approve' ? 'desk.action.decide.approve' : 'desk.action.decide.refuse');
    case 'record-inspection':
    case 'request-documents':
    case 'send-preliminary-decision':
    case 'record-hearing':
    case 'sign':
    case 'issue':
    case 'deliver':
    case 'register':
      return t(`desk.action.${c.type}`);
  }
}
