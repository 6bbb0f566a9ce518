/** The actions the engine accepts from this official now, each offered as a form. */
import { useI18n } from '../../i18n.ts';
import { ActionForm } from './action-form.tsx';
import type { CaseView, CommandResult } from './types.ts';

export function Actions({ view, onDone }: { view: CaseView; onDone: (r: CommandResult) => void }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="case-actions">
      <h2 class="govuk-heading-m" id="case-actions">
        {t('desk.case.actions')}
      </h2>
      {view.actions.length === 0 ? (
        <p class="govuk-body">{t('desk.case.noActions')}</p>
      ) : (
        <>
          <p class="govuk-body">{t('desk.case.actionsLead')}</p>
          {view.actions.map((action) => (
            <ActionForm
              key={`${action.key}@${view.application.version}`}
              id={view.application.id}
              action={action}
              onDone={onDone}
            />
          ))}
        </>
      )}
    </section>
  );
}
