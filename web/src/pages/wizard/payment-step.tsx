/** The payment step: the case's fee, paid through the gateway, or what was paid. */
import type { ApplicationView } from '../../api/types.ts';
import { FeeText } from '../../components/catalog-text.tsx';
import { PayButton } from '../../components/pay-button.tsx';
import { useI18n } from '../../i18n.ts';
import type { PassportCase } from './types.ts';

export function PaymentStep({
  view,
  kase,
  returnTo,
  onNext,
  onError,
}: {
  view: ApplicationView;
  kase: PassportCase | undefined;
  /** Where the gateway sends the browser back: this step, which then shows the payment. */
  returnTo: string;
  onNext: () => void;
  onError: (e: unknown) => void;
}) {
  const { t, money } = useI18n();
  return (
    <section aria-labelledby="pay-heading">
      <h2 class="govuk-heading-m" id="pay-heading">
        {t('wizard.step.payment')}
      </h2>
      <p class="govuk-body">
        <FeeText fee={kase?.fee ?? null} />
      </p>
      {view.application.payment !== null ? (
        <>
          <div class="govuk-inset-text" role="status">
            {t('wizard.paid', { amount: money(view.application.payment.amountTenge) })}
          </div>
          <button type="button" class="govuk-button" onClick={onNext}>
            {t('wizard.continue')}
          </button>
        </>
      ) : (
        <PayButton applicationId={view.application.id} returnTo={returnTo} onError={onError} />
      )}
    </section>
  );
}
