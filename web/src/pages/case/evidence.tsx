/**
 * What the official gathered for the case: the state databases' answers, the inspections and
 * the other agencies' approvals (tacit ones marked).
 */
import type { ApplicationState } from '../../api/types.ts';
import { useI18n } from '../../i18n.ts';

export function Evidence({ application: a }: { application: ApplicationState }) {
  const { t, dateTime } = useI18n();
  return (
    <>
      <h2 class="govuk-heading-m">{t('desk.case.stateData')}</h2>
      {a.stateData.length === 0 ? (
        <p class="govuk-body">{t('desk.case.noStateData')}</p>
      ) : (
        <div class="ruqsat-table-wrap" role="region" aria-label={t('desk.case.stateData')} tabIndex={0}>
          <table class="govuk-table">
            <caption class="govuk-visually-hidden">{t('desk.case.stateData')}</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">
                  {t('desk.case.source')}
                </th>
                <th scope="col" class="govuk-table__header">
                  {t('desk.case.requested')}
                </th>
                <th scope="col" class="govuk-table__header">
                  {t('desk.case.answered')}
                </th>
                <th scope="col" class="govuk-table__header">
                  {t('desk.case.result')}
                </th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {a.stateData.map((d, i) => (
                <tr class="govuk-table__row" key={i}>
                  <th scope="row" class="govuk-table__header">
                    {d.source}
                  </th>
                  <td class="govuk-table__cell">{dateTime(d.requestedAt)}</td>
                  <td class="govuk-table__cell">{dateTime(d.answeredAt)}</td>
                  <td class="govuk-table__cell">
                    {d.answeredAt === null
                      ? t('desk.case.pending')
                      : d.found === true
                        ? t('desk.case.found')
                        : t('desk.case.notFound')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {a.inspections.length > 0 && (
        <>
          <h2 class="govuk-heading-m">{t('desk.case.inspections')}</h2>
          <ul class="govuk-list">
            {a.inspections.map((x, i) => (
              <li key={i}>
                {dateTime(x.at)} —{' '}
                <strong>{x.positive ? t('desk.case.positive') : t('desk.case.negative')}</strong>:{' '}
                {x.conclusion}
              </li>
            ))}
          </ul>
        </>
      )}

      {a.approvals.length > 0 && (
        <>
          <h2 class="govuk-heading-m">{t('desk.case.approvals')}</h2>
          <ul class="govuk-list">
            {a.approvals.map((x, i) => (
              <li key={i}>
                {x.agency}: {dateTime(x.requestedAt)} —{' '}
                {x.answeredAt === null
                  ? t('desk.case.pending')
                  : `${x.approved === true ? t('desk.case.agreed') : t('desk.case.disagreed')}${x.tacit ? ` ${t('desk.case.tacit')}` : ''}`}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
