/** After submission: the receipt — inbound number, when registered, the planned result date. */
import type { ApplicationView, ServiceDetail } from '../../api/types.ts';
import { PlannedResult } from '../../components/planned-result.tsx';
import { SummaryRow } from '../../components/summary-row.tsx';
import { useI18n } from '../../i18n.ts';

export function Receipt({ view, service }: { view: ApplicationView; service: ServiceDetail }) {
  const { t, pick, dateTime } = useI18n();
  const a = view.application;
  return (
    <>
      <div class="govuk-panel govuk-panel--confirmation">
        <h1 class="govuk-panel__title">{t('wizard.submitted')}</h1>
        <div class="govuk-panel__body">
          {a.registration !== null ? (
            <>
              {t('wizard.inboundNumber')}
              <br />
              <strong>{a.registration.inboundNumber}</strong>
            </>
          ) : (
            t('wizard.awaitingRegistration')
          )}
        </div>
      </div>
      <h2 class="govuk-heading-m">{pick(service.title)}</h2>
      <dl class="govuk-summary-list">
        <SummaryRow label={t('application.registeredAt')}>
          {dateTime(a.registration?.registeredAt)}
        </SummaryRow>
        <SummaryRow label={t('application.plannedResult')}>
          <PlannedResult timeline={view.timeline} />
        </SummaryRow>
      </dl>
      <p class="govuk-body">
        <a class="govuk-link" href={`/cabinet/${a.id}`}>
          {t('wizard.follow')}
        </a>
      </p>
    </>
  );
}
