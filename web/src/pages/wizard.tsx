/**
 * The application wizard: the case, the act's form (checked as you type), documents (what the
 * state databases already hold is shown for confirmation, the rest attached with progress),
 * the fee, then signing and submission; the receipt with the planned result date at the end.
 * The draft is saved on the server at every step, so a closed tab or a crash loses nothing:
 * /apply/:service/:application picks it up again.
 */
import { useLocation } from 'preact-iso';
import { useEffect, useState } from 'preact/hooks';
import { api, read, upload } from '../api/client.ts';
import type {
  ApplicationView,
  Attachment,
  FormField,
  Passport,
  Principal,
  ServiceDetail,
} from '../api/types.ts';
import { ErrorSummary, Show, useLoad } from '../components/async.tsx';
import { DeadlineText, FeeText, Source } from '../components/catalog-text.tsx';
import { PayButton } from '../components/pay-button.tsx';
import { RequireLogin } from '../components/require-login.tsx';
import { SignWithEds } from '../components/sign-with-eds.tsx';
import { useI18n, type Key, type Localized } from '../i18n.ts';

type Applicant = Extract<Principal, { kind: 'applicant' }>;
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
                      {t('wizard.paid', { amount: view.application.payment.amountTenge })}
                    </div>
                    <button type="button" class="govuk-button" onClick={() => go('sign')}>
                      {t('wizard.continue')}
                    </button>
                  </>
                ) : (
                  <PayButton
                    applicationId={view.application.id}
                    returnTo={`/apply/${serviceId}/${view.application.id}?step=payment`}
                    onError={setError}
                  />
                )}
              </section>
            )}
            {view !== null && step === 'sign' && (
              <section aria-labelledby="sign-heading">
                <h2 class="govuk-heading-m" id="sign-heading">
                  {t('wizard.step.sign')}
                </h2>
                <p class="govuk-body">{t('wizard.signLead')}</p>
                <dl class="govuk-summary-list">
                  <div class="govuk-summary-list__row">
                    <dt class="govuk-summary-list__key">{t('wizard.applicant')}</dt>
                    <dd class="govuk-summary-list__value">
                      {me.name} ({me.id})
                    </dd>
                  </div>
                  <div class="govuk-summary-list__row">
                    <dt class="govuk-summary-list__key">{t('wizard.case')}</dt>
                    <dd class="govuk-summary-list__value">{pick(kase?.title)}</dd>
                  </div>
                  <div class="govuk-summary-list__row">
                    <dt class="govuk-summary-list__key">{t('service.deadline')}</dt>
                    <dd class="govuk-summary-list__value">
                      <DeadlineText
                        deadline={kase?.deadline ?? null}
                        deferredTo={kase?.deadlineDeferredTo ?? null}
                      />
                    </dd>
                  </div>
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
                    reload();
                  }}
                  onError={setError}
                />
              </section>
            )}
          </>
        );
      }}
    </Show>
  );
}

function CaseStep({
  service,
  passport,
  me,
  onCreated,
  onError,
}: {
  service: ServiceDetail;
  passport: Passport;
  me: Applicant;
  onCreated: (id: string) => void;
  onError: (e: unknown) => void;
}) {
  const { t, pick } = useI18n();
  const cases = passport.cases;
  const [caseId, setCaseId] = useState(cases[0]?.id ?? '');
  const [permitNumber, setPermitNumber] = useState('');
  const [unitId, setUnitId] = useState('');
  const [units] = useLoad(
    () =>
      read<{ unitId: string; name: Localized; region: string }[]>(
        api.GET('/api/v1/services/{id}/units', { params: { path: { id: service.id } } }),
      ),
    [service.id],
  );
  const allowed = service.applicantTypes.includes(me.type);
  // Reissue, duplicate and appendix act on a permit the applicant holds: its number is asked.
  const onPermit = ['reissue', 'duplicate', 'appendix'].includes(
    cases.find((c) => c.id === caseId)?.kind ?? '',
  );
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        read<{ applicationId: string }>(
          api.POST('/api/v1/applications', {
            body: {
              serviceId: service.id,
              caseId,
              ...(onPermit ? { permitNumber: permitNumber.trim() } : {}),
              ...(unitId !== '' ? { unitId } : {}),
            },
          }),
        ).then((created) => onCreated(created.applicationId), onError);
      }}
    >
      <p class="govuk-body">
        {t('wizard.applyingAs', { name: me.name, type: t(`applicantType.${me.type}` as Key) })}
      </p>
      {!allowed && (
        <div class="govuk-warning-text">
          <span class="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong class="govuk-warning-text__text">{t('wizard.typeNotAllowed')}</strong>
        </div>
      )}
      <div class="govuk-form-group">
        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">{t('wizard.whichCase')}</legend>
          <div class="govuk-radios">
            {cases.map((c) => (
              <div class="govuk-radios__item" key={c.id}>
                <input
                  class="govuk-radios__input"
                  id={`case-${c.id}`}
                  type="radio"
                  name="case"
                  value={c.id}
                  checked={caseId === c.id}
                  onChange={() => setCaseId(c.id)}
                />
                <label class="govuk-label govuk-radios__label" for={`case-${c.id}`}>
                  {pick(c.title)}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      {onPermit && (
        <div class="govuk-form-group">
          <label class="govuk-label" for="wizard-permit">
            {t('wizard.permitNumber')}
          </label>
          <div class="govuk-hint" id="wizard-permit-hint">
            {t('wizard.permitNumberHint')}
          </div>
          <input
            class="govuk-input govuk-input--width-20"
            id="wizard-permit"
            aria-describedby="wizard-permit-hint"
            spellcheck={false}
            required
            value={permitNumber}
            onInput={(e) => setPermitNumber(e.currentTarget.value)}
          />
        </div>
      )}
      {units.state === 'ready' && units.value.length > 0 && (
        <div class="govuk-form-group">
          <label class="govuk-label" for="wizard-unit">
            {t('wizard.unit')} ({t('wizard.optional')})
          </label>
          <select
            class="govuk-select"
            id="wizard-unit"
            value={unitId}
            onChange={(e) => setUnitId(e.currentTarget.value)}
          >
            <option value="">{t('wizard.anyUnit')}</option>
            {units.value.map((u) => (
              <option key={u.unitId} value={u.unitId}>
                {pick(u.name)}
              </option>
            ))}
          </select>
        </div>
      )}
      <button
        type="submit"
        class="govuk-button"
        disabled={!allowed || caseId === '' || (onPermit && permitNumber.trim() === '')}
      >
        {t('wizard.start')}
      </button>
    </form>
  );
}

type Values = Record<string, unknown>;

/** The act's form, by field id: a group is an object (a list of them when repeatable). */
function FormStep({
  form,
  values: initial,
  applicationId,
  onSaved,
  onError,
}: {
  form: NonNullable<ServiceDetail['qualificationForm']>;
  values: Values;
  applicationId: string;
  onSaved: () => void;
  onError: (e: unknown) => void;
}) {
  const { t } = useI18n();
  const [values, setValues] = useState<Values>(initial);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [tried, setTried] = useState(false);
  const missing = missingFields(form.fields, values, '');
  const show = (path: string) => (tried || touched.has(path)) && missing.has(path);
  const save = (next: Values) =>
    read(
      api.PATCH('/api/v1/applications/{id}', {
        params: { path: { id: applicationId } },
        body: { form: next },
      }),
    );
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (missing.size > 0) {
          document.getElementById(`field-${[...missing][0]}`)?.focus();
          return;
        }
        save(values).then(onSaved, onError);
      }}
    >
      <h2 class="govuk-heading-m">{form.title}</h2>
      <p class="govuk-body-s">
        <Source source={form.source} />
      </p>
      {tried && missing.size > 0 && (
        <div class="govuk-error-summary" role="alert">
          <h2 class="govuk-error-summary__title">{t('error.title')}</h2>
          <div class="govuk-error-summary__body">
            <p class="govuk-body">{t('wizard.missing', { n: missing.size })}</p>
          </div>
        </div>
      )}
      <Fields
        fields={form.fields}
        values={values}
        prefix=""
        onChange={(next) => setValues(next)}
        onBlur={(path) => setTouched(new Set(touched).add(path))}
        error={show}
      />
      <div class="govuk-button-group">
        <button type="submit" class="govuk-button">
          {t('wizard.saveContinue')}
        </button>
        <button
          type="button"
          class="govuk-button govuk-button--secondary"
          onClick={() => void save(values).catch(onError)}
        >
          {t('wizard.saveDraft')}
        </button>
      </div>
    </form>
  );
}

function missingFields(fields: readonly FormField[], values: Values, prefix: string): Set<string> {
  const out = new Set<string>();
  for (const f of fields) {
    const path = `${prefix}${f.id}`;
    const v = values[f.id];
    if (f.type === 'group') {
      const entries = (Array.isArray(v) ? v : [v ?? {}]) as Values[];
      entries.forEach((entry, i) => {
        for (const m of missingFields(f.fields ?? [], entry, `${path}.${i}.`)) out.add(m);
      });
    } else if (f.required && !(typeof v === 'number' || (typeof v === 'string' && v.trim() !== '')))
      out.add(path);
  }
  return out;
}

function Fields({
  fields,
  values,
  prefix,
  onChange,
  onBlur,
  error,
}: {
  fields: readonly FormField[];
  values: Values;
  prefix: string;
  onChange: (next: Values) => void;
  onBlur: (path: string) => void;
  error: (path: string) => boolean;
}) {
  const { t } = useI18n();
  return (
    <>
      {fields.map((f) => {
        const path = `${prefix}${f.id}`;
        const id = `field-${path}`;
        if (f.type === 'group') {
          const entries = (Array.isArray(values[f.id]) ? values[f.id] : [values[f.id] ?? {}]) as Values[];
          const setEntries = (next: Values[]) =>
            onChange({ ...values, [f.id]: f.repeatable ? next : next[0] });
          return (
            <fieldset class="govuk-fieldset govuk-!-margin-bottom-6" key={f.id}>
              <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{f.label}</legend>
              {entries.map((entry, i) => (
                <div key={i} class="govuk-inset-text govuk-!-margin-top-2">
                  {f.repeatable && entries.length > 1 && (
                    <p class="govuk-body-s">{t('wizard.entry', { n: i + 1 })}</p>
                  )}
                  <Fields
                    fields={f.fields ?? []}
                    values={entry}
                    prefix={`${path}.${i}.`}
                    onChange={(next) => setEntries(entries.map((e, j) => (j === i ? next : e)))}
                    onBlur={onBlur}
                    error={error}
                  />
                  {f.repeatable && entries.length > 1 && (
                    <button
                      type="button"
                      class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                      onClick={() => setEntries(entries.filter((_, j) => j !== i))}
                    >
                      {t('wizard.removeEntry')}
                    </button>
                  )}
                </div>
              ))}
              {f.repeatable && (
                <button
                  type="button"
                  class="govuk-button govuk-button--secondary"
                  onClick={() => setEntries([...entries, {}])}
                >
                  {t('wizard.addEntry')}
                </button>
              )}
            </fieldset>
          );
        }
        const invalid = error(path);
        const value = values[f.id];
        return (
          <div class={`govuk-form-group${invalid ? ' govuk-form-group--error' : ''}`} key={f.id}>
            <label class="govuk-label" for={id}>
              {f.label}
              {!f.required && ` (${t('wizard.optional')})`}
            </label>
            {invalid && (
              <p class="govuk-error-message" id={`${id}-error`}>
                <span class="govuk-visually-hidden">{t('error.title')}:</span> {t('wizard.required')}
              </p>
            )}
            <input
              class={`govuk-input${invalid ? ' govuk-input--error' : ''}${f.type === 'date' || f.type === 'number' ? ' govuk-input--width-10' : ''}`}
              id={id}
              // GOV.UK advice: numbers in a text input with a numeric keyboard, not type=number.
              {...(f.type === 'date'
                ? { type: 'date' as const }
                : {
                    type: 'text' as const,
                    inputMode: f.type === 'number' ? ('decimal' as const) : undefined,
                  })}
              required={f.required}
              aria-invalid={invalid}
              aria-describedby={invalid ? `${id}-error` : undefined}
              value={typeof value === 'string' || typeof value === 'number' ? String(value) : ''}
              onInput={(e) =>
                onChange({
                  ...values,
                  [f.id]:
                    f.type === 'number' && e.currentTarget.value !== ''
                      ? Number(e.currentTarget.value)
                      : e.currentTarget.value,
                })
              }
              onBlur={() => onBlur(path)}
            />
          </div>
        );
      })}
    </>
  );
}

interface StateData {
  kind: 'individual' | 'legal-entity';
  individual?: {
    iin: string;
    lastName: string;
    firstName: string;
    patronymic?: string;
    birthDate: string;
    address: string;
  } | null;
  legalEntity?: {
    bin: string;
    name: { kk: string; ru: string };
    registrationDate: string;
    address: string;
    head: { iin: string; name: string };
  } | null;
}

function DocumentsStep({
  passport,
  view,
  onNext,
  onError,
}: {
  passport: Passport;
  view: ApplicationView;
  onNext: () => void;
  onError: (e: unknown) => void;
}) {
  const { t, date, lang } = useI18n();
  const a = view.application;
  const documents = (passport.cases.find((c) => c.id === a.caseId)?.documents ?? []).filter(
    (d) =>
      (d.applicantTypes.length === 0 || d.applicantTypes.includes(a.applicant.type)) &&
      (d.channels.length === 0 || d.channels.includes(a.channel)),
  );
  const [stateData] = useLoad(() => read<StateData>(api.GET('/api/v1/applicant/state-data')), []);
  const [attachments, reloadAttachments] = useLoad(
    () =>
      read<Attachment[]>(
        api.GET('/api/v1/applications/{id}/attachments', { params: { path: { id: a.id } } }),
      ),
    [a.id],
  );
  const [progress, setProgress] = useState<Record<string, number>>({});
  const [confirmed, setConfirmed] = useState(false);
  useEffect(() => setConfirmed(false), [a.id]);
  const fromState = documents.filter((d) => d.obtainedFrom !== null);
  const toAttach = documents.filter((d) => d.obtainedFrom === null && d.form !== 'electronic');
  return (
    <>
      <h2 class="govuk-heading-m">{t('wizard.step.documents')}</h2>
      {fromState.length > 0 && (
        <section aria-labelledby="state-data">
          <h3 class="govuk-heading-s" id="state-data">
            {t('wizard.stateData')}
          </h3>
          <p class="govuk-body">{t('wizard.stateDataLead')}</p>
          <ul class="govuk-list govuk-list--bullet">
            {fromState.map((d) => (
              <li key={d.id}>{d.name}</li>
            ))}
          </ul>
          <Show loaded={stateData}>
            {(data) => (
              <dl class="govuk-summary-list">
                {data.individual != null && (
                  <>
                    <SummaryRow
                      label={t('wizard.fullName')}
                      value={`${data.individual.lastName} ${data.individual.firstName} ${data.individual.patronymic ?? ''}`}
                    />
                    <SummaryRow label="ИИН / IIN" value={data.individual.iin} />
                    <SummaryRow label={t('wizard.birthDate')} value={date(data.individual.birthDate)} />
                    <SummaryRow label={t('wizard.address')} value={data.individual.address} />
                  </>
                )}
                {data.legalEntity != null && (
                  <>
                    <SummaryRow
                      label={t('wizard.orgName')}
                      value={lang === 'ru' ? data.legalEntity.name.ru : data.legalEntity.name.kk}
                    />
                    <SummaryRow label="БСН / БИН / BIN" value={data.legalEntity.bin} />
                    <SummaryRow
                      label={t('wizard.registered')}
                      value={date(data.legalEntity.registrationDate)}
                    />
                    <SummaryRow label={t('wizard.address')} value={data.legalEntity.address} />
                    <SummaryRow label={t('wizard.head')} value={data.legalEntity.head.name} />
                  </>
                )}
              </dl>
            )}
          </Show>
          <div class="govuk-checkboxes govuk-!-margin-bottom-6">
            <div class="govuk-checkboxes__item">
              <input
                class="govuk-checkboxes__input"
                id="state-data-confirm"
                type="checkbox"
                checked={confirmed}
                onChange={(e) => setConfirmed(e.currentTarget.checked)}
              />
              <label class="govuk-label govuk-checkboxes__label" for="state-data-confirm">
                {t('wizard.stateDataConfirm')}
              </label>
            </div>
          </div>
        </section>
      )}
      {toAttach.length > 0 && (
        <section aria-labelledby="attach">
          <h3 class="govuk-heading-s" id="attach">
            {t('wizard.attach')}
          </h3>
          <p class="govuk-hint">{t('wizard.attachHint')}</p>
          {toAttach.map((d) => {
            const inputId = `attach-${d.id}`;
            const mine =
              attachments.state === 'ready' ? attachments.value.filter((x) => x.documentId === d.id) : [];
            const p = progress[d.id];
            return (
              <div class="govuk-form-group" key={d.id}>
                <label class="govuk-label" for={inputId}>
                  {d.name}
                  {d.optional && ` (${t('wizard.optional')})`}
                </label>
                <input
                  class="govuk-file-upload"
                  id={inputId}
                  type="file"
                  accept="application/pdf,image/jpeg,image/png"
                  onChange={(e) => {
                    const file = e.currentTarget.files?.[0];
                    if (file === undefined) return;
                    const url = `/api/v1/applications/${a.id}/attachments?name=${encodeURIComponent(file.name)}&documentId=${encodeURIComponent(d.id)}`;
                    upload(url, file, (f) => setProgress((old) => ({ ...old, [d.id]: f })))
                      .then(reloadAttachments, onError)
                      .finally(() => setProgress((old) => ({ ...old, [d.id]: -1 })));
                  }}
                />
                {p !== undefined && p >= 0 && (
                  <progress
                    class="govuk-!-display-block"
                    max={1}
                    value={p}
                    aria-label={t('wizard.uploading', { name: d.name })}
                  />
                )}
                {mine.map((x) => (
                  <p class="govuk-body-s" key={x.id}>
                    ✓ {x.name} ({Math.ceil(x.size / 1024)} KB)
                  </p>
                ))}
              </div>
            );
          })}
        </section>
      )}
      <button
        type="button"
        class="govuk-button"
        disabled={fromState.length > 0 && !confirmed}
        onClick={onNext}
      >
        {t('wizard.continue')}
      </button>
    </>
  );
}

function SummaryRow({ label, value }: { label: string; value: string }) {
  return (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key">{label}</dt>
      <dd class="govuk-summary-list__value">{value}</dd>
    </div>
  );
}

/** After submission: the receipt — inbound number, when registered, the planned result date. */
function Receipt({ view, service }: { view: ApplicationView; service: ServiceDetail }) {
  const { t, pick, date, dateTime } = useI18n();
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
        <SummaryRow label={t('application.registeredAt')} value={dateTime(a.registration?.registeredAt)} />
        <SummaryRow label={t('application.plannedResult')} value={date(view.timeline.plannedResultDate)} />
      </dl>
      <p class="govuk-body">
        <a class="govuk-link" href={`/cabinet/${a.id}`}>
          {t('wizard.follow')}
        </a>
      </p>
    </>
  );
}
