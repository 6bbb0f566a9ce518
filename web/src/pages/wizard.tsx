/**
 * The application wizard: the case, the act's form (checked as you type), documents (what the
 * state databases already hold is shown for confirmation, the rest attached with progress),
 * the fee, then signing and submission; the receipt with the planned result date at the end.
 * The draft is saved on the server at every step, so a closed tab or a crash loses nothing:
 * /apply/:service/:application picks it up again.
 */
import { useLocation } from 'preact-iso';
import { useState } from 'preact/hooks';
import { api, read } from '../api/client.ts';
import type { ApplicationView, Passport, ServiceDetail } from '../api/types.ts';
import { ErrorSummary, Show, useLoad } from '../components/async.tsx';
import { RequireLogin } from '../components/require-login.tsx';
import { useI18n, type Key } from '../i18n.ts';
import { CaseStep } from './wizard/case-step.tsx';
import { DocumentsStep } from './wizard/documents-step.tsx';
import { FormStep } from './wizard/form-step.tsx';
import { PaymentStep } from './wizard/payment-step.tsx';
import { Receipt } from './wizard/receipt.tsx';
import { SignStep } from './wizard/sign-step.tsx';
import type { Applicant } from './wizard/types.ts';

const steps = ['case', 'form', 'documents', 'payment', 'sign'] as const;
type Step = (typeof steps)[number];

export function WizardPage({ serviceId, applicationId }: { serviceId: string; applicationId?: string }) {
  return (
    <RequireLogin kind="applicant">
      {(me) => <Wizard serviceId={serviceId} applicationId={applicationId} me={me} />}
    </RequireLogin>
  );
}

function Wizard({
  serviceId,
  applicationId,
  me,
}: {
  serviceId: string;
  applicationId?: string;
  me: Applicant;
}) {
  const { t, pick } = useI18n();
  const { query, route } = useLocation();
  const [loaded, reload] = useLoad(async () => {
    const [service, passport] = await Promise.all([
      read<ServiceDetail>(api.GET('/api/v1/services/{id}', { params: { path: { id: serviceId } } })),
      read<Passport>(api.GET('/api/v1/services/{id}/passport', { params: { path: { id: serviceId } } })),
    ]);
    const view =
      applicationId === undefined
        ? null
        : await read<ApplicationView>(
            api.GET('/api/v1/applications/{id}', { params: { path: { id: applicationId } } }),
          );
    return { service, passport, view };
  }, [serviceId, applicationId]);
  const [error, setError] = useState<unknown>(null);
  const step: Step =
    applicationId === undefined
      ? 'case'
      : steps.includes(query['step'] as Step)
        ? (query['step'] as Step)
        : 'form';
  const go = (next: Step, id = applicationId) => {
    setError(null);
    route(`/apply/${serviceId}/${id ?? ''}?step=${next}`);
  };
  return (
    <Show loaded={loaded}>
      {({ service, passport, view }) => {
        if (view !== null && view.application.status !== 'draft')
          return <Receipt view={view} service={service} />;
        const kase = passport.cases.find((c) => c.id === view?.application.caseId);
        const shown = steps.filter((s) => s !== 'form' || service.qualificationForm !== null);
        const index = shown.indexOf(step);
        return (
          <>
            <span class="govuk-caption-l">{t('wizard.stepOf', { n: index + 1, of: shown.length })}</span>
            <h1 class="govuk-heading-l">{pick(service.title)}</h1>
            <ol class="govuk-list govuk-!-margin-bottom-6" aria-label={t('wizard.progress')}>
              {shown.map((s, i) => (
                <li
                  key={s}
                  aria-current={s === step ? 'step' : undefined}
                  class={s === step ? 'govuk-!-font-weight-bold' : undefined}
                >
                  {i + 1}. {t(`wizard.step.${s}` as Key)}
                </li>
              ))}
            </ol>
            <ErrorSummary error={error} />
            {step === 'case' && (
              <CaseStep
                service={service}
                passport={passport}
                me={me}
                onCreated={(id) => go(service.qualificationForm !== null ? 'form' : 'documents', id)}
                onError={setError}
              />
            )}
            {view !== null && step === 'form' && service.qualificationForm !== null && (
              <FormStep
                form={service.qualificationForm}
                values={view.application.form}
                applicationId={view.application.id}
                onSaved={() => {
                  reload();
                  go('documents');
                }}
                onError={setError}
              />
            )}
            {view !== null && step === 'documents' && (
              <DocumentsStep
                passport={passport}
                view={view}
                onNext={() => go(kase?.fee?.free === false && kase.fee.mci !== null ? 'payment' : 'sign')}
                onError={setError}
              />
            )}
            {view !== null && step === 'payment' && (
              <PaymentStep
                view={view}
                kase={kase}
                returnTo={`/apply/${serviceId}/${view.application.id}?step=payment`}
                onNext={() => go('sign')}
                onError={setError}
              />
            )}
            {view !== null && step === 'sign' && (
              <SignStep view={view} kase={kase} me={me} onSubmitted={reload} onError={setError} />
            )}
          </>
        );
      }}
    </Show>
  );
}
