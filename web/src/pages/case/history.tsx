/** The case history: every recorded event, when, and by whom (the applicant, an official, or the system). */
import type { Event } from '../../../../src/cases/model.ts';
import { useI18n, type Key, type Translate } from '../../i18n.ts';
import { historyBy } from '../../../../src/cases/credit.ts';
import type { CaseView } from './types.ts';

/** Every event the engine records, named in the locale files (a new one shows its code until named). */
const eventNames: Record<Event['type'], true> = {
  'draft-created': true,
  'draft-updated': true,
  submitted: true,
  registered: true,
  'payment-recorded': true,
  'executor-assigned': true,
  'step-completed': true,
  'completeness-confirmed': true,
  'refused-incomplete': true,
  'state-data-requested': true,
  'state-data-recorded': true,
  'inspection-recorded': true,
  'approval-requested': true,
  'approval-recorded': true,
  'clock-paused': true,
  'clock-resumed': true,
  'preliminary-decision-sent': true,
  'objection-filed': true,
  'hearing-recorded': true,
  approved: true,
  refused: true,
  signed: true,
  'signature-rechecked': true,
  issued: true,
  delivered: true,
  withdrawn: true,
  'overdue-flagged': true,
  'reissue-duty-reminded': true,
  'reissue-duty-lapsed': true,
};
export const eventLabel = (type: string, t: Translate): string =>
  Object.hasOwn(eventNames, type) ? t(`desk.event.${type}` as Key) : type;

export function History({ events }: { events: CaseView['events'] }) {
  const { t, dateTime } = useI18n();
  return (
    <>
      <h2 class="govuk-heading-m">{t('desk.case.history')}</h2>
      <div class="ruqsat-table-wrap" role="region" aria-label={t('desk.case.history')} tabIndex={0}>
        <table class="govuk-table">
          <caption class="govuk-visually-hidden">{t('desk.case.history')}</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">
                {t('desk.case.col.when')}
              </th>
              <th scope="col" class="govuk-table__header">
                {t('desk.case.col.event')}
              </th>
              <th scope="col" class="govuk-table__header">
                {t('desk.case.col.by')}
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {events.map((e, i) => (
              <tr class="govuk-table__row" key={i}>
                <td class="govuk-table__cell ruqsat-nowrap">{dateTime(e.at)}</td>
                <td class="govuk-table__cell">{eventLabel(e.type, t)}</td>
                <td class="govuk-table__cell">{historyBy(e, (role) => t(`role.${role}` as Key))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
