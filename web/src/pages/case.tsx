/**
 * The case page for an official: the applicant and the request, the documents attached, the
 * state databases' answers, the hearing, the timeline (each step due, done, on time) and the
 * history; and, as forms, exactly the actions the engine accepts from this official now (the
 * server's `actions`, src/cases/actions.ts). Each form posts one command with a fresh
 * Idempotency-Key, shows the result, then the page reloads the case.
 */
import { useEffect, useState } from 'preact/hooks';
import { api, read } from '../api/client.ts';
import type { Attachment, ServiceDetail } from '../api/types.ts';
import { Show, useLoad } from '../components/async.tsx';
import { useI18n, type Key } from '../i18n.ts';
import { RequireLogin } from '../components/require-login.tsx';
import { Actions } from './case/actions.tsx';
import { Decision } from './case/decision.tsx';
import { Documents } from './case/documents.tsx';
import { Evidence } from './case/evidence.tsx';
import { FormValues } from './case/form-values.tsx';
import { History, eventLabel } from './case/history.tsx';
import { CaseSummary } from './case/summary.tsx';
import { StepTimeline } from './case/timeline.tsx';
import type { CaseView, CommandResult, LoadedCase } from './case/types.ts';

export function CasePage({ id }: { id: string }) {
  return <RequireLogin kind="official">{() => <Case id={id} />}</RequireLogin>;
}

function Case({ id }: { id: string }) {
  const { t } = useI18n();
  const [loaded, reload] = useLoad(async () => {
    const view = await read<CaseView>(api.GET('/api/v1/official/cases/{id}', { params: { path: { id } } }));
    const [service, attachments] = await Promise.all([
      read<ServiceDetail>(
        api.GET('/api/v1/services/{id}', { params: { path: { id: view.application.serviceId } } }),
      ).catch(() => null),
      read<Attachment[]>(
        api.GET('/api/v1/applications/{id}/attachments', { params: { path: { id } } }),
      ).catch(() => [] as Attachment[]),
    ]);
    return { ...view, service, attachments };
  }, [id]);
  const [result, setResult] = useState<CommandResult | null>(null);
  // The form just sent is gone with the step it belonged to: focus goes to what happened.
  useEffect(() => {
    if (result !== null) document.getElementById('case-result')?.focus();
  }, [result]);
  return (
    <>
      <a href="/desk" class="govuk-back-link">
        {t('desk.case.back')}
      </a>
      <Show loaded={loaded}>
        {(view) => (
          <CaseBody
            view={view}
            result={result}
            onDone={(r) => {
              setResult(r);
              reload();
            }}
          />
        )}
      </Show>
    </>
  );
}

function CaseBody({
  view,
  result,
  onDone,
}: {
  view: LoadedCase;
  result: CommandResult | null;
  onDone: (r: CommandResult) => void;
}) {
  const { t, pick } = useI18n();
  const a = view.application;
  return (
    <>
      <span class="govuk-caption-l">{pick(view.service?.title) || a.serviceId}</span>
      <h1 class="govuk-heading-l">
        {t('desk.case.title', { number: a.registration?.inboundNumber ?? a.id })}
      </h1>
      {result !== null && (
        <div
          class="govuk-notification-banner govuk-notification-banner--success"
          role="status"
          id="case-result"
          tabIndex={-1}
        >
          <div class="govuk-notification-banner__content">
            <p class="govuk-notification-banner__heading">
              {result.events.length === 0
                ? t('desk.case.nothingChanged')
                : t('desk.case.done', { status: t(`status.${result.status}` as Key) })}
            </p>
            {result.events.length > 0 && (
              <ul class="govuk-list">
                {result.events.map((e, i) => (
                  <li key={i}>{eventLabel(e, t)}</li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}

      <CaseSummary application={a} timeline={view.timeline} service={view.service} />

      <Actions view={view} onDone={onDone} />

      <h2 class="govuk-heading-m">{t('desk.case.form')}</h2>
      <FormValues form={a.form} fields={view.service?.qualificationForm?.fields ?? []} />

      <Documents applicationId={a.id} attachments={view.attachments} />
      <Evidence application={a} />
      <Decision application={a} service={view.service} />
      <StepTimeline timeline={view.timeline} />
      <History events={view.events} />
    </>
  );
}
