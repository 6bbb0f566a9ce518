/** The case timeline: each step of the act's procedure, who does it, when due, when done, and on time or not. */
import type { Timeline } from '../../api/types.ts';
import { useI18n, type Key } from '../../i18n.ts';
import { StepName } from '../../components/step-name.tsx';

export function StepTimeline({ timeline: tl }: { timeline: Timeline }) {
  const { t, dateTime, lang } = useI18n();
  return (
    <>
      <h2 class="govuk-heading-m">{t('desk.case.timeline')}</h2>
      <div class="ruqsat-table-wrap" role="region" aria-label={t('desk.case.timeline')} tabIndex={0}>
        <table class="govuk-table">
          <caption class="govuk-visually-hidden">{t('desk.case.timeline')}</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">
                {t('desk.case.col.step')}
              </th>
              <th scope="col" class="govuk-table__header">
                {t('desk.case.col.who')}
              </th>
              <th scope="col" class="govuk-table__header">
                {t('desk.case.col.started')}
              </th>
              <th scope="col" class="govuk-table__header">
                {t('desk.case.col.due')}
              </th>
              <th scope="col" class="govuk-table__header">
                {t('desk.case.col.done')}
              </th>
              <th scope="col" class="govuk-table__header">
                {t('desk.case.col.onTime')}
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {tl.steps.map((s, i) => (
              <tr class="govuk-table__row" key={`${s.stepId}-${i}`}>
                <th scope="row" class="govuk-table__header">
                  <StepName step={s} lang={lang} max={60} />
                  <details class="govuk-details govuk-!-margin-bottom-0">
                    <summary class="govuk-details__summary">
                      <span class="govuk-details__summary-text">{t('desk.case.stepText')}</span>
                    </summary>
                    <div class="govuk-details__text" lang="kk">
                      {s.action}
                    </div>
                  </details>
                </th>
                <td class="govuk-table__cell">{t(`role.${s.roleKind}` as Key)}</td>
                <td class="govuk-table__cell">{dateTime(s.startedAt)}</td>
                <td class="govuk-table__cell">{dateTime(s.due)}</td>
                <td class="govuk-table__cell">
                  {s.done === null ? t('desk.case.inProgress') : dateTime(s.done)}
                </td>
                <td class="govuk-table__cell">
                  {s.overdue ? (
                    <strong class="govuk-tag govuk-tag--red">{t('desk.case.overdue')}</strong>
                  ) : s.onTime === true ? (
                    <strong class="govuk-tag govuk-tag--green">{t('desk.case.onTime')}</strong>
                  ) : s.onTime === false ? (
                    <strong class="govuk-tag govuk-tag--red">{t('desk.case.late')}</strong>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
