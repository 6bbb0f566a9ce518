/** The case at a glance: applicant, service, channel, status, deadline and time left, payment, permit. */
import type { ApplicationState, ServiceDetail, Timeline } from '../../api/types.ts';
import { useI18n, type Key } from '../../i18n.ts';
import { PlannedResult } from '../../components/planned-result.tsx';
import { SummaryRow } from '../../components/summary-row.tsx';
import { TimeLeft } from '../desk.tsx';

export function CaseSummary({
  application: a,
  timeline: tl,
  service,
}: {
  application: ApplicationState;
  timeline: Timeline;
  service: ServiceDetail | null;
}) {
  const { t, pick, date, dateTime, money } = useI18n();
  const caseTitle = service?.cases.find((c) => c.id === a.caseId)?.title;
  return (
    <>
      <h2 class="govuk-heading-m">{t('desk.case.summary')}</h2>
      <dl class="govuk-summary-list">
        <SummaryRow label={t('desk.case.applicant')}>
          {a.applicant.name} ({t(`applicantType.${a.applicant.type}` as Key)})
        </SummaryRow>
        <SummaryRow label={t('desk.case.applicantId')}>{a.applicant.id}</SummaryRow>
        <SummaryRow label={t('desk.case.service')}>
          <a class="govuk-link" href={`/services/${a.serviceId}`}>
            {pick(service?.title) || a.serviceId}
          </a>
        </SummaryRow>
        <SummaryRow label={t('desk.case.case')}>{pick(caseTitle) || a.caseId}</SummaryRow>
        <SummaryRow label={t('desk.case.channel')}>{t(`channel.${a.channel}` as Key)}</SummaryRow>
        <SummaryRow label={t('desk.case.status')}>
          <strong class="govuk-tag">{t(`status.${a.status}` as Key)}</strong>
        </SummaryRow>
        <SummaryRow label={t('desk.case.registeredAt')}>{dateTime(a.registration?.registeredAt)}</SummaryRow>
        <SummaryRow label={t('desk.case.deadline')}>{dateTime(tl.deadline)}</SummaryRow>
        <SummaryRow label={t('desk.case.plannedResult')}>
          <PlannedResult timeline={tl} />
        </SummaryRow>
        {tl.workingMinutesLeft !== null && (
          <SummaryRow label={t('desk.case.timeLeft')}>
            {tl.paused ? t('desk.case.paused') : <TimeLeft minutes={tl.workingMinutesLeft} />}
          </SummaryRow>
        )}
        <SummaryRow label={t('desk.case.payment')}>
          {a.payment === null
            ? t('desk.case.notPaid')
            : t('desk.case.paid', { amount: money(a.payment.amountTenge), when: dateTime(a.payment.paidAt) })}
        </SummaryRow>
        <SummaryRow label={t('desk.case.completeness')}>
          {t(`desk.case.completeness.${a.completeness}` as Key)}
        </SummaryRow>
        {a.ground !== undefined && (
          <SummaryRow label={t('desk.case.ground')}>
            {a.ground.kind === 'change'
              ? t('desk.case.groundChange', { change: a.ground.change, date: date(a.ground.changedOn) })
              : t(a.ground.kind === 'loss' ? 'wizard.groundLost' : 'wizard.groundDamaged')}
          </SummaryRow>
        )}
        {a.reissueDuty !== undefined && (
          <SummaryRow label={t('desk.case.reissueApplyBy')}>
            {date(a.reissueDuty.applyBy.explanation.result)}{' '}
            {a.reissueDuty.lapsedAt !== null && (
              <strong class="govuk-tag govuk-tag--red">{t('desk.case.reissueLate')}</strong>
            )}
          </SummaryRow>
        )}
        {a.issued !== null && (
          <SummaryRow label={t('desk.case.decision')}>
            <a class="govuk-link" href={`/registry/${encodeURIComponent(a.issued.permitNumber)}`}>
              {t('desk.case.permit', { number: a.issued.permitNumber })}
            </a>
          </SummaryRow>
        )}
      </dl>
    </>
  );
}
