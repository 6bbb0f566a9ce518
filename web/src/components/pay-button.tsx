/**
 * Paying the fee: the server makes an invoice and answers the payment gateway's page; the
 * browser goes there and comes back to `returnTo` when the gateway has confirmed the payment.
 */
import { useState } from 'preact/hooks';
import { api, read } from '../api/client.ts';
import type { Invoice } from '../api/types.ts';
import { useI18n } from '../i18n.ts';

export function PayButton({
  applicationId,
  returnTo,
  onError,
}: {
  applicationId: string;
  returnTo: string;
  onError: (e: unknown) => void;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      class="govuk-button govuk-!-margin-bottom-0"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        read<Invoice>(
          api.POST('/api/v1/applications/{id}/payment', { params: { path: { id: applicationId } } }),
        ).then(
          (invoice) => {
            const page = new URL(invoice.payUrl, location.origin);
            page.searchParams.set('return', returnTo);
            location.assign(page.href);
          },
          (e: unknown) => {
            setBusy(false);
            onError(e);
          },
        );
      }}
    >
      {t('application.pay')}
    </button>
  );
}
