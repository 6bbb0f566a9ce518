/** Catalog values in plain words, each with the paragraph of the act it comes from. */
import { sourceIn } from '../../../src/catalog/local-text.ts';
import type { Deadline, Fee } from '../api/types.ts';
import { useI18n, type Key } from '../i18n.ts';

export function Source({ source }: { source: string | null | undefined }) {
  const { t, lang } = useI18n();
  if (source == null || source === '') return null;
  return (
    <span class="govuk-body-s govuk-!-display-inline">
      ({t('common.source')}: <cite>{sourceIn(source, lang)}</cite>)
    </span>
  );
}

export function DeadlineText({
  deadline,
  deferredTo,
}: {
  deadline: Deadline | null;
  deferredTo: string | null;
}) {
  const { t } = useI18n();
  if (deadline === null || deadline.amount === null)
    return (
      <>{deferredTo === null ? t('service.noDeadline') : t('service.deadlineDeferred', { to: deferredTo })}</>
    );
  return (
    <>
      {t('service.deadlineUpTo', { n: deadline.amount, unit: t(`unit.${deadline.unit}` as Key) })}
      {deadline.basis === 'sum-of-steps' && <> {t('service.sumOfSteps')}</>}{' '}
      <Source source={deadline.source} />
    </>
  );
}

export function FeeText({ fee }: { fee: Fee | null }) {
  const { t, money } = useI18n();
  if (fee === null || fee.free) return <>{t('service.free')}</>;
  if (fee.mci === null) return <>{t('service.feeNotStated')}</>;
  return (
    <>
      {fee.tengeToday != null ? money(fee.tengeToday) : '—'} (
      {t('service.mci', { n: fee.mci, value: fee.mciValue != null ? money(fee.mciValue) : '—' })}){' '}
      <Source source={fee.source} />
    </>
  );
}
