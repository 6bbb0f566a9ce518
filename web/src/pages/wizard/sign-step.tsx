/** The last step: a summary of who applies for what, then signing with EDS and submission. */
import { api, read } from '../../api/client.ts';
import type { ApplicationView } from '../../api/types.ts';
import { DeadlineText } from '../../components/catalog-text.tsx';
import { SignWithEds } from '../../components/sign-with-eds.tsx';
import { SummaryRow } from '../../components/summary-row.tsx';
import { useI18n } from '../../i18n.ts';
import type { Applicant, PassportCase } from './types.ts';

export function SignStep({
  view,
  kase,
  me,
  onSubmitted,
  onError,
}: {
  view: ApplicationView;
  kase: PassportCase | undefined;
  me: Applicant;
  onSubmitted: () => void;
  onError: (e: unknown) => void;
}) {
  const { t, pick } = useI18n();
  return (
    <section aria-labelledby="sign-heading">
      <h2 class="govuk-heading-m" id="sign-heading">
        {t('wizard.step.sign')}
      </h2>
      <p class="govuk-body">{t('wizard.signLead')}</p>
      <dl class="govuk-summary-list">
        <SummaryRow label={t('wizard.applicant')}>
          {me.name} ({me.id})
        </SummaryRow>
        <SummaryRow label={t('wizard.case')}>{pick(kase?.title)}</SummaryRow>
        <SummaryRow label={t('service.deadline')}>
          <DeadlineText deadline={kase?.deadline ?? null} deferredTo={kase?.deadlineDeferredTo ?? null} />
        </SummaryRow>
      </dl>
      <SignWithEds
        purpose="sign"
        label={t('wizard.signSubmit')}
        content={async () => {
          const signed = await read<{ base64: string }>(
            api.GET('/api/v1/applications/{id}/content', {
              params: { path: { id: view.application.id } },
            }),
          );
          return { content: signed.base64, context: view.application.id };
        }}
        onSigned={async (signature, id) => {
          await read(
            api.POST('/api/v1/applications/{id}/submit', {
              params: { path: { id } },
              body: { signature },
            }),
          );
          onSubmitted();
        }}
        onError={onError}
      />
    </section>
  );
}
