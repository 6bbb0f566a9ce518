/** The words on an offered action's button: the step (or its branch) to complete, or the command with its object. */
import type { OfferedAction } from '../../../../src/cases/actions.ts';
import { stepName } from '../../components/step-name.tsx';
import type { Key, Lang, useI18n } from '../../i18n.ts';
import { shorten } from '../desk.tsx';

export function actionTitle(action: OfferedAction, t: ReturnType<typeof useI18n>['t'], lang: Lang): string {
  const c = action.command;
  switch (c.type) {
    case 'complete-step': {
      // Ruqsat's short label, not the act's sentence (that is one click away, under the button's form).
      const step = stepName(action.step ?? { stepId: c.stepId }, lang).text;
      return c.branch === undefined
        ? t('desk.action.complete-step', { step })
        : t('desk.action.complete-step.branch', {
            step,
            // Ruqsat's words for the branch; the act's sentence is in the form's details. "Other"
            // outcomes differ per act, so they keep the act's words, cut short.
            branch:
              c.branch === 'other'
                ? shorten(action.step?.branchText ?? c.branch, 60)
                : t(`desk.branch.${c.branch}` as Key),
          });
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
