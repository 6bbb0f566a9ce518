/**
 * The case's outcome so far: the preliminary decision with its grounds, the applicant's
 * objection and the hearing; then the decision, its grounds (with the act's paragraph) and reasoning.
 */
import type { ApplicationState, ServiceDetail } from '../../api/types.ts';
import { useI18n } from '../../i18n.ts';

export function Decision({
  application: a,
  service,
}: {
  application: ApplicationState;
  service: ServiceDetail | null;
}) {
  const { t, dateTime, pick } = useI18n();
  const grounds = new Map((service?.refusalGrounds ?? []).map((g) => [g.id, g]));
  const groundList = (ids: string[]) => (
    <ul class="govuk-list govuk-list--bullet">
      {ids.map((g) => (
        <li key={g}>
          {pick(grounds.get(g)?.text) || g}
          {grounds.get(g)?.source !== undefined && (
            <span class="govuk-body-s"> ({grounds.get(g)?.source})</span>
          )}
        </li>
      ))}
    </ul>
  );
  return (
    <>
      {a.preliminaryDecision !== null && (
        <>
          <h2 class="govuk-heading-m">{t('desk.case.hearingSection')}</h2>
          <p class="govuk-body">
            {t('desk.case.preliminary', { when: dateTime(a.preliminaryDecision.sentAt) })}
          </p>
          {groundList(a.preliminaryDecision.groundIds)}
          <p class="govuk-body">{a.preliminaryDecision.text}</p>
          {a.preliminaryDecision.objectionDue !== null && a.objection === null && (
            <p class="govuk-body">
              {t('desk.case.objectionDue', { when: dateTime(a.preliminaryDecision.objectionDue.at) })}
            </p>
          )}
          {a.objection !== null && (
            <>
              <p class="govuk-body">
                <strong>{t('desk.case.objection', { when: dateTime(a.objection.filedAt) })}</strong>
              </p>
              <p class="govuk-body">{a.objection.text}</p>
            </>
          )}
          {a.hearing !== null && (
            <>
              <p class="govuk-body">
                <strong>{t('desk.case.hearing', { when: dateTime(a.hearing.at) })}</strong>
              </p>
              <p class="govuk-body">{a.hearing.text}</p>
            </>
          )}
        </>
      )}

      {a.decision !== null && (
        <>
          <h2 class="govuk-heading-m">{t('desk.case.decision')}</h2>
          <p class="govuk-body">
            <strong>
              {a.decision.kind === 'approve'
                ? t('desk.case.decision.approve', { when: dateTime(a.decision.at) })
                : t('desk.case.decision.refuse', { when: dateTime(a.decision.at) })}
            </strong>
          </p>
          {a.decision.groundIds.length > 0 && (
            <>
              <h3 class="govuk-heading-s">{t('desk.case.grounds')}</h3>
              {groundList(a.decision.groundIds)}
            </>
          )}
          {a.decision.reasoning !== null && <p class="govuk-body">{a.decision.reasoning}</p>}
        </>
      )}
    </>
  );
}
