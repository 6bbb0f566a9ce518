/**
 * One application in the cabinet: status, planned result date and working time left; the
 * timeline of every step (who, when, due, on time); payment; results to download with their
 * signatures; objection to a preliminary decision before its deadline; withdrawal.
 */
import { useState } from 'preact/hooks';
import { api, read } from '../api/client.ts';
import type { ApplicationState, ApplicationView, ServiceDetail } from '../api/types.ts';
import { ErrorSummary, Show, useLoad } from '../components/async.tsx';
import { Complaints } from '../components/complaints.tsx';
import { PayButton } from '../components/pay-button.tsx';
import { PlannedResult } from '../components/planned-result.tsx';
import { Radios } from '../components/radios.tsx';
import { RequireLogin } from '../components/require-login.tsx';
import { StepName } from '../components/step-name.tsx';
import { TimeLeft } from '../components/time-left.tsx';
import { useI18n, type Key } from '../i18n.ts';
import { StatusTag } from './cabinet.tsx';

export function ApplicationPage({ id }: { id: string }) {
  return <RequireLogin kind="applicant">{() => <Application id={id} />}</RequireLogin>;
}

function Application({ id }: { id: string }) {
  const { t, pick, dateTime, lang, money } = useI18n();
  const [loaded, reload] = useLoad(async () => {
    const view = await read<ApplicationView>(
      api.GET('/api/v1/applications/{id}', { params: { path: { id } } }),
    );
    const service = await read<ServiceDetail>(
      api.GET('/api/v1/services/{id}', { params: { path: { id: view.application.serviceId } } }),
    );
    return { ...view, service };
  }, [id]);
  const [error, setError] = useState<unknown>(null);
  return (
    <Show loaded={loaded}>
      {({ application: a, timeline, service }) => {
        const ground = (gid: string) => service.refusalGrounds.find((g) => g.id === gid);
        const kase = service.cases.find((c) => c.id === a.caseId);
        const final = ['issued', 'delivered', 'refused', 'withdrawn'].includes(a.status);
        return (
          <>
            <a href="/cabinet" class="govuk-back-link">
              {t('cabinet.title')}
            </a>
            <span class="govuk-caption-l">{pick(kase?.title)}</span>
            <h1 class="govuk-heading-l">{pick(service.title)}</h1>
            <ErrorSummary error={error} />
            <dl class="govuk-summary-list">
              <Row label={t('cabinet.status')}>
                <StatusTag status={a.status} />
                {a.decision?.kind === 'refuse' && <> {t('application.refused')}</>}
              </Row>
              <Row label={t('cabinet.number')}>{a.registration?.inboundNumber ?? '—'}</Row>
              <Row label={t('application.registeredAt')}>{dateTime(a.registration?.registeredAt)}</Row>
              <Row label={t('application.plannedResult')}>
                <PlannedResult timeline={timeline} />
              </Row>
              {!final && (
                <Row label={t('cabinet.timeLeft')}>
                  <TimeLeft minutes={timeline.workingMinutesLeft} />
                  {timeline.paused && <> ({t('application.paused')})</>}
                </Row>
              )}
              {a.issued !== null && (
                <Row label={t('application.permit')}>
                  <a class="govuk-link" href={`/registry/${encodeURIComponent(a.issued.permitNumber)}`}>
                    {a.issued.permitNumber}
                  </a>
                </Row>
              )}
              <Row label={t('application.payment')}>
                {a.payment !== null ? (
                  t('application.paid', {
                    amount: money(a.payment.amountTenge),
                    when: dateTime(a.payment.paidAt),
                  })
                ) : kase?.feeMci != null && kase.free !== true && !final ? (
                  <PayButton applicationId={a.id} returnTo={`/cabinet/${a.id}`} onError={setError} />
                ) : (
                  '—'
                )}
              </Row>
            </dl>

            <Results application={a} />

            {a.preliminaryDecision !== null && (
              <section aria-labelledby="preliminary">
                <h2 class="govuk-heading-m" id="preliminary">
                  {t('application.preliminary')}
                </h2>
                <div class="govuk-inset-text">
                  <p class="govuk-body">{a.preliminaryDecision.text}</p>
                  <ul class="govuk-list govuk-list--bullet">
                    {a.preliminaryDecision.groundIds.map((g) => (
                      <li key={g}>
                        {pick(ground(g)?.text) || g} <span class="govuk-body-s">({ground(g)?.source})</span>
                      </li>
                    ))}
                  </ul>
                  {a.preliminaryDecision.objectionDue !== null && (
                    <p class="govuk-body">
                      {t('application.objectionDue', {
                        when: dateTime(a.preliminaryDecision.objectionDue.at),
                      })}
                    </p>
                  )}
                </div>
                {a.objection !== null ? (
                  <p class="govuk-body">
                    {t('application.objectionFiled', { when: dateTime(a.objection.filedAt) })}
                  </p>
                ) : (
                  !final && <ObjectionForm applicationId={a.id} onDone={reload} onError={setError} />
                )}
              </section>
            )}

            <h2 class="govuk-heading-m">{t('application.timeline')}</h2>
            <div class="ruqsat-table-wrap" role="region" aria-label={t('application.timeline')} tabIndex={0}>
              <table class="govuk-table">
                <caption class="govuk-visually-hidden">{t('application.timeline')}</caption>
                <thead class="govuk-table__head">
                  <tr class="govuk-table__row">
                    <th scope="col" class="govuk-table__header">
                      {t('application.step')}
                    </th>
                    <th scope="col" class="govuk-table__header">
                      {t('application.who')}
                    </th>
                    <th scope="col" class="govuk-table__header">
                      {t('application.started')}
                    </th>
                    <th scope="col" class="govuk-table__header">
                      {t('application.due')}
                    </th>
                    <th scope="col" class="govuk-table__header">
                      {t('application.done')}
                    </th>
                  </tr>
                </thead>
                <tbody class="govuk-table__body">
                  {timeline.steps.map((s) => (
                    <tr class="govuk-table__row" key={`${s.stepId}-${s.startedAt}`}>
                      <td class="govuk-table__cell">
                        <StepName step={s} lang={lang} max={90} />
                      </td>
                      {/* The participant as the act names it (catalog text, Kazakh). */}
                      <td class="govuk-table__cell" lang="kk">
                        {s.role}
                      </td>
                      <td class="govuk-table__cell">{dateTime(s.startedAt)}</td>
                      <td class="govuk-table__cell">{dateTime(s.due)}</td>
                      <td class="govuk-table__cell">
                        {s.done === null ? (
                          s.overdue ? (
                            <span class="ruqsat-overdue">{t('application.overdue')}</span>
                          ) : (
                            t('application.inProgress')
                          )
                        ) : (
                          <>
                            {dateTime(s.done)}{' '}
                            {s.onTime === false ? (
                              <span class="ruqsat-overdue">{t('application.late')}</span>
                            ) : s.onTime === true ? (
                              t('application.onTime')
                            ) : (
                              ''
                            )}
                          </>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {final && a.status !== 'withdrawn' && <Survey applicationId={a.id} onError={setError} />}
            {a.status !== 'draft' && (
              <Complaints
                applicationId={a.id}
                learnedOn={(a.decision?.at ?? a.registration?.registeredAt ?? a.createdAt).slice(0, 10)}
                onError={setError}
              />
            )}
            {!final && a.status !== 'draft' && (
              <WithdrawForm applicationId={a.id} onDone={reload} onError={setError} />
            )}
          </>
        );
      }}
    </Show>
  );
}

/** The documents this application has now, each as signed PDF (kk, ru) with its detached CMS. */
function Results({ application: a }: { application: ApplicationState }) {
  const { t } = useI18n();
  const kinds: string[] = [];
  if (a.registration !== null) kinds.push('receipt');
  if (a.preliminaryDecision !== null) kinds.push('preliminary-decision');
  if (a.issued !== null) kinds.push('license');
  if (a.decision?.kind === 'refuse' && a.signature !== null) kinds.push('refusal');
  if (kinds.length === 0) return null;
  return (
    <section aria-labelledby="results">
      <h2 class="govuk-heading-m" id="results">
        {t('application.documents')}
      </h2>
      <ul class="govuk-list">
        {kinds.map((kind) => (
          <li key={kind}>
            <strong>{t(`document.${kind}` as Key)}</strong>:{' '}
            {(['kk', 'ru'] as const).map((l) => (
              <span key={l}>
                <a
                  class="govuk-link"
                  href={`/api/v1/applications/${a.id}/results/${kind}?docLang=${l}`}
                  download
                >
                  PDF ({l === 'kk' ? 'қазақша' : 'на русском'})
                </a>{' '}
              </span>
            ))}
            <a
              class="govuk-link govuk-body-s"
              href={`/api/v1/applications/${a.id}/results/${kind}/signature`}
              download
            >
              {t('application.signatureFile')}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ObjectionForm({
  applicationId,
  onDone,
  onError,
}: {
  applicationId: string;
  onDone: () => void;
  onError: (e: unknown) => void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        read(
          api.POST('/api/v1/applications/{id}/objection', {
            params: { path: { id: applicationId } },
            body: { text },
          }),
        ).then(onDone, onError);
      }}
    >
      <div class="govuk-form-group">
        <label class="govuk-label govuk-label--s" for="objection-text">
          {t('application.objection')}
        </label>
        <div class="govuk-hint" id="objection-hint">
          {t('application.objectionHint')}
        </div>
        <textarea
          class="govuk-textarea"
          id="objection-text"
          rows={5}
          aria-describedby="objection-hint"
          required
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </div>
      <button type="submit" class="govuk-button" disabled={text.trim() === ''}>
        {t('application.objectionSubmit')}
      </button>
    </form>
  );
}

function WithdrawForm({
  applicationId,
  onDone,
  onError,
}: {
  applicationId: string;
  onDone: () => void;
  onError: (e: unknown) => void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  return (
    <details class="govuk-details">
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">{t('application.withdraw')}</span>
      </summary>
      <form
        class="govuk-details__text"
        onSubmit={(e) => {
          e.preventDefault();
          read(
            api.POST('/api/v1/applications/{id}/withdraw', {
              params: { path: { id: applicationId } },
              body: { reason },
            }),
          ).then(onDone, onError);
        }}
      >
        <div class="govuk-form-group">
          <label class="govuk-label" for="withdraw-reason">
            {t('application.withdrawReason')}
          </label>
          <input
            class="govuk-input"
            id="withdraw-reason"
            required
            value={reason}
            onInput={(e) => setReason(e.currentTarget.value)}
          />
        </div>
        <button type="submit" class="govuk-button govuk-button--warning" disabled={reason.trim() === ''}>
          {t('application.withdraw')}
        </button>
      </form>
    </details>
  );
}

interface SurveyQuestion {
  id: string;
  text: string;
  options: string[];
  source: string;
}

/** The quality survey of the act (seed 003 annex 3), once the result is decided. */
function Survey({ applicationId, onError }: { applicationId: string; onError: (e: unknown) => void }) {
  const { t } = useI18n();
  const [loaded] = useLoad(
    () =>
      read<{ open: boolean; questions: SurveyQuestion[] }>(
        api.GET('/api/v1/applications/{id}/survey', { params: { path: { id: applicationId } } }),
      ),
    [applicationId],
  );
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [sent, setSent] = useState(false);
  if (loaded.state !== 'ready' || !loaded.value.open || loaded.value.questions.length === 0) return null;
  if (sent)
    return (
      <p class="govuk-body" role="status">
        {t('application.surveyThanks')}
      </p>
    );
  return (
    <form
      aria-labelledby="survey-heading"
      onSubmit={(e) => {
        e.preventDefault();
        read(
          api.POST('/api/v1/applications/{id}/survey', {
            params: { path: { id: applicationId } },
            body: { answers },
          }),
        ).then(() => setSent(true), onError);
      }}
    >
      <h2 class="govuk-heading-m" id="survey-heading">
        {t('application.survey')}
      </h2>
      <p class="govuk-body">{t('application.surveyLead')}</p>
      {loaded.value.questions.map((q) => (
        <div class="govuk-form-group" key={q.id}>
          <fieldset class="govuk-fieldset">
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--s" lang="kk">
              {q.text}
            </legend>
            <Radios
              name={`survey-${q.id}`}
              options={q.options.map((option, i) => ({ value: i + 1, label: option, lang: 'kk' }))}
              value={answers[q.id]}
              onChange={(v) => setAnswers({ ...answers, [q.id]: v })}
            />
          </fieldset>
        </div>
      ))}
      <button
        type="submit"
        class="govuk-button govuk-button--secondary"
        disabled={Object.keys(answers).length === 0}
      >
        {t('application.surveySubmit')}
      </button>
    </form>
  );
}

function Row({ label, children }: { label: string; children: preact.ComponentChildren }) {
  return (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key">{label}</dt>
      <dd class="govuk-summary-list__value">{children}</dd>
    </div>
  );
}
