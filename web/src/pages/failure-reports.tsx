/**
 * Technical-failure reports in the cabinet (seed 000 Қағидалар 15-т.): the form with the act's
 * mandatory fields (service, application or permit number, time of authorisation and of the
 * error, step-by-step screenshots; the IIN/BIN is the session's) and my reports with their
 * status: received → sent to the e-government operator → closed.
 */
import { useRef, useState } from 'preact/hooks';
import { api, read } from '../api/client.ts';
import type { ServiceSummary } from '../api/types.ts';
import { Show, useLoad } from '../components/async.tsx';
import { RequireLogin } from '../components/require-login.tsx';
import { useI18n, type Key } from '../i18n.ts';

interface FailureReport {
  id: string;
  serviceId: string;
  serviceTitle: string;
  applicationId: string | null;
  permitNumber: string | null;
  failedAt: string;
  createdAt: string;
  status: 'received' | 'sent' | 'send-failed' | 'closed';
  sentAt: string | null;
  answer: string | null;
  screenshots: { name: string }[];
}

export function FailureReportsPage() {
  return <RequireLogin kind="applicant">{() => <FailureReports />}</RequireLogin>;
}

/** The file's bytes as base64 (the API takes screenshots in the JSON body). */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A datetime-local value (the browser's clock) as an ISO instant; '' stays '' (the server names it). */
const instant = (local: string) => (local === '' ? '' : new Date(local).toISOString());

const tagColour = { received: 'blue', sent: 'green', 'send-failed': 'red', closed: 'grey' } as const;

function FailureReports() {
  const { t, pick, dateTime } = useI18n();
  const [loaded, reload] = useLoad(
    () =>
      Promise.all([
        read<FailureReport[]>(api.GET('/api/v1/failure-reports')),
        read<ServiceSummary[]>(api.GET('/api/v1/services')),
      ]),
    [],
  );
  const [serviceId, setServiceId] = useState('');
  const [applicationId, setApplicationId] = useState('');
  const [permitNumber, setPermitNumber] = useState('');
  const [authorisedAt, setAuthorisedAt] = useState('');
  const [failedAt, setFailedAt] = useState('');
  const [description, setDescription] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const screenshots = await Promise.all(
        files.map(async (f) => ({ name: f.name, content: await base64Of(f) })),
      );
      const filed = await read<FailureReport>(
        api.POST('/api/v1/failure-reports', {
          body: {
            serviceId,
            applicationId: applicationId.trim() || null,
            permitNumber: permitNumber.trim() || null,
            authorisedAt: instant(authorisedAt),
            failedAt: instant(failedAt),
            description,
            screenshots,
          },
        }),
      );
      setDone(filed.id);
      setApplicationId('');
      setPermitNumber('');
      setDescription('');
      setFiles([]);
      if (fileInput.current !== null) fileInput.current.value = '';
      reload();
    } catch (problem) {
      setError(problem instanceof Error ? problem.message : String(problem));
      // The summary is announced and takes the focus, as GOV.UK's error summary does.
      setTimeout(() => summary.current?.focus(), 0);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1 class="govuk-heading-l">{t('failure.title')}</h1>
      <p class="govuk-body">{t('failure.intro')}</p>
      {error !== null && (
        <div class="govuk-error-summary" role="alert" tabIndex={-1} ref={summary}>
          <h2 class="govuk-error-summary__title">{t('failure.errorTitle')}</h2>
          <div class="govuk-error-summary__body">
            <p class="govuk-body">{error}</p>
          </div>
        </div>
      )}
      {done !== null && (
        <div class="govuk-notification-banner govuk-notification-banner--success" role="status">
          <div class="govuk-notification-banner__content">
            <p class="govuk-notification-banner__heading">{t('failure.filed', { id: done })}</p>
          </div>
        </div>
      )}
      <Show loaded={loaded}>
        {([reports, services]) => (
          <>
            <form onSubmit={(e) => void submit(e)} noValidate>
              <div class="govuk-form-group">
                <label class="govuk-label" for="failure-service">
                  {t('failure.service')}
                </label>
                <select
                  class="govuk-select ruqsat-full-width"
                  id="failure-service"
                  value={serviceId}
                  onChange={(e) => setServiceId(e.currentTarget.value)}
                >
                  <option value="">—</option>
                  {services.map((s) => (
                    <option value={s.id} key={`${s.id}-${s.status}`}>
                      {pick(s.title)}
                    </option>
                  ))}
                </select>
              </div>
              <div class="govuk-form-group">
                <label class="govuk-label" for="failure-application">
                  {t('failure.applicationNumber')}
                </label>
                <div class="govuk-hint" id="failure-number-hint">
                  {t('failure.numberHint')}
                </div>
                <input
                  class="govuk-input govuk-input--width-20"
                  id="failure-application"
                  aria-describedby="failure-number-hint"
                  value={applicationId}
                  onInput={(e) => setApplicationId(e.currentTarget.value)}
                />
              </div>
              <div class="govuk-form-group">
                <label class="govuk-label" for="failure-permit">
                  {t('failure.permitNumber')}
                </label>
                <input
                  class="govuk-input govuk-input--width-20"
                  id="failure-permit"
                  aria-describedby="failure-number-hint"
                  value={permitNumber}
                  onInput={(e) => setPermitNumber(e.currentTarget.value)}
                />
              </div>
              <div class="govuk-form-group">
                <label class="govuk-label" for="failure-authorised">
                  {t('failure.authorisedAt')}
                </label>
                <input
                  class="govuk-input govuk-input--width-20"
                  id="failure-authorised"
                  type="datetime-local"
                  step={1}
                  value={authorisedAt}
                  onInput={(e) => setAuthorisedAt(e.currentTarget.value)}
                />
              </div>
              <div class="govuk-form-group">
                <label class="govuk-label" for="failure-failed">
                  {t('failure.failedAt')}
                </label>
                <input
                  class="govuk-input govuk-input--width-20"
                  id="failure-failed"
                  type="datetime-local"
                  step={1}
                  value={failedAt}
                  onInput={(e) => setFailedAt(e.currentTarget.value)}
                />
              </div>
              <div class="govuk-form-group">
                <label class="govuk-label" for="failure-description">
                  {t('failure.description')}
                </label>
                <textarea
                  class="govuk-textarea"
                  id="failure-description"
                  rows={4}
                  value={description}
                  onInput={(e) => setDescription(e.currentTarget.value)}
                />
              </div>
              <div class="govuk-form-group">
                <label class="govuk-label" for="failure-screenshots">
                  {t('failure.screenshots')}
                </label>
                <div class="govuk-hint" id="failure-screenshots-hint">
                  {t('failure.screenshotsHint')}
                </div>
                <input
                  class="govuk-file-upload"
                  id="failure-screenshots"
                  type="file"
                  multiple
                  accept="image/png,image/jpeg"
                  aria-describedby="failure-screenshots-hint"
                  ref={fileInput}
                  onChange={(e) => setFiles([...(e.currentTarget.files ?? [])])}
                />
              </div>
              <button type="submit" class="govuk-button" disabled={busy}>
                {t('failure.submit')}
              </button>
            </form>
            <h2 class="govuk-heading-m">{t('failure.mine')}</h2>
            {reports.length === 0 ? (
              <p class="govuk-body">{t('failure.none')}</p>
            ) : (
              <ul class="ruqsat-card-list">
                {reports.map((r) => (
                  <li key={r.id}>
                    <p class="govuk-body govuk-!-margin-bottom-1">
                      <strong class={`govuk-tag govuk-tag--${tagColour[r.status]}`}>
                        {t(`failure.status.${r.status}` as Key)}
                      </strong>{' '}
                      {r.id}
                    </p>
                    <p class="govuk-body-s govuk-!-margin-bottom-1">
                      {r.serviceTitle} · {r.applicationId ?? r.permitNumber} ·{' '}
                      {t('failure.errorAt', { at: dateTime(r.failedAt) })}
                    </p>
                    <p class="govuk-body-s govuk-!-margin-bottom-1">
                      {r.sentAt === null
                        ? t('failure.filedAt', { at: dateTime(r.createdAt) })
                        : t('failure.sentAt', { at: dateTime(r.sentAt) })}
                      {' · '}
                      {t('failure.shots', { n: r.screenshots.length })}
                    </p>
                    {r.answer !== null && <p class="govuk-body-s">{r.answer}</p>}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </Show>
    </>
  );
}
