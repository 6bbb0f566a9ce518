/**
 * Paper intake for clerks: a service of my provider that takes paper, the request (case), the
 * applicant (type, IIN/BIN checked as it is typed, name) → the application is drafted,
 * submitted and registered at once, and the page shows the receipt (talon) of seed 004 annex 3
 * to print: inbound number, date and time, the service, the official who accepted it and the
 * date of service delivery.
 */
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api, read } from '../api/client.ts';
import type { ApplicantType, Passport, ServiceSummary, Timeline } from '../api/types.ts';
import { ErrorSummary, Show, useLoad } from '../components/async.tsx';
import { PlannedResult } from '../components/planned-result.tsx';
import { useI18n, type Key } from '../i18n.ts';
import type { Official } from './desk.tsx';
import { RequireLogin } from '../components/require-login.tsx';

const paperChannels = ['provider-office', 'post', 'state-corporation'] as const;
type PaperChannel = (typeof paperChannels)[number];

interface IdCheck {
  valid: boolean;
  kind: 'iin' | 'bin' | null;
  birthDate?: string;
  error: string | null;
}

/** The counter visit the registration ended (seed 004 7-т.), with its minutes. */
interface EndedVisit {
  ticket: number;
  arrivedAt: string;
  calledAt: string | null;
  endedAt: string | null;
  waitedMinutes: number;
  servedMinutes: number | null;
}

/** The visit being served, when the clerk came from the office board (/desk/board). */
interface VisitRef {
  id: string;
  serviceId: string;
  ticket: string;
}

interface Receipt {
  applicationId: string;
  visit: EndedVisit | null;
  receipt: {
    inboundNumber: string | null;
    receivedAt: string | null;
    registeredAt: string | null;
    registeredBy: string;
    service: string;
    applicant: { id: string; type: ApplicantType; name: string };
    plannedResultDate: string | null;
    deadline: string | null;
    estimate: Timeline['estimate'];
  };
}

export function IntakePage() {
  return <RequireLogin kind="official">{(me) => <Intake me={me} />}</RequireLogin>;
}

function Intake({ me }: { me: Official }) {
  const { t } = useI18n();
  const { query, route } = useLocation();
  const fromBoard: VisitRef | null =
    query['visit'] === undefined
      ? null
      : { id: query['visit'], serviceId: query['service'] ?? '', ticket: query['ticket'] ?? '' };
  const [loaded] = useLoad(() => read<ServiceSummary[]>(api.GET('/api/v1/services')), []);
  const [done, setDone] = useState<{ answer: Receipt; service: ServiceSummary; caseTitle: string } | null>(
    null,
  );
  return (
    <>
      <div class="ruqsat-noprint">
        <h1 class="govuk-heading-l">{t('desk.intake.title')}</h1>
        {done === null && <p class="govuk-body">{t('desk.intake.lead')}</p>}
      </div>
      <Show loaded={loaded}>
        {(all) => {
          // One entry per service of my provider that takes paper: the version in force first.
          const byId = new Map<string, ServiceSummary>();
          for (const s of all)
            if (
              s.providerId === me.providerId &&
              s.channels.some((c) => (paperChannels as readonly string[]).includes(c))
            )
              if (byId.get(s.id)?.status !== 'in-force') byId.set(s.id, s);
          const services = [...byId.values()];
          if (done !== null)
            return (
              <Talon
                {...done}
                onAnother={() => {
                  setDone(null);
                  if (fromBoard !== null) route('/desk/board');
                }}
              />
            );
          if (services.length === 0) return <p class="govuk-body">{t('desk.intake.noServices')}</p>;
          return <IntakeForm services={services} visit={fromBoard} onDone={setDone} />;
        }}
      </Show>
    </>
  );
}

function IntakeForm({
  services,
  visit,
  onDone,
}: {
  services: ServiceSummary[];
  visit: VisitRef | null;
  onDone: (d: { answer: Receipt; service: ServiceSummary; caseTitle: string }) => void;
}) {
  const { t, pick } = useI18n();
  const [serviceId, setServiceId] = useState(
    services.some((s) => s.id === visit?.serviceId)
      ? (visit?.serviceId ?? '')
      : services.length === 1
        ? (services[0]?.id ?? '')
        : '',
  );
  const [caseId, setCaseId] = useState('');
  const [channel, setChannel] = useState<PaperChannel | ''>('');
  const [type, setType] = useState<ApplicantType | ''>('');
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const [check, setCheck] = useState<IdCheck | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [invalid, setInvalid] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  // One key per attempt: a retried click registers the application once.
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [passport] = useLoad(
    async () =>
      serviceId === ''
        ? null
        : read<Passport>(api.GET('/api/v1/services/{id}/passport', { params: { path: { id: serviceId } } })),
    [serviceId],
  );
  const service = services.find((s) => s.id === serviceId);
  const channels = paperChannels.filter((c) => service?.channels.includes(c));

  // Check the IIN/BIN as it is typed, once it has 12 digits.
  useEffect(() => {
    const v = id.trim();
    if (!/^\d{12}$/.test(v)) {
      setCheck(null);
      return;
    }
    let current = true;
    read<IdCheck>(api.GET('/api/v1/ids/{value}', { params: { path: { value: v } } })).then(
      (c) => current && setCheck(c),
      () => current && setCheck(null),
    );
    return () => {
      current = false;
    };
  }, [id]);

  const wantedKind = type === '' ? null : type === 'legal-entity' ? 'bin' : 'iin';
  const idMessage = (): { ok: boolean; text: string } | null => {
    const v = id.trim();
    if (v === '') return null;
    if (!/^\d{12}$/.test(v)) return { ok: false, text: t('desk.intake.idFormat') };
    if (check === null) return null;
    if (!check.valid) return { ok: false, text: t('desk.intake.idInvalid') };
    if (wantedKind !== null && check.kind !== wantedKind)
      return { ok: false, text: t(wantedKind === 'bin' ? 'desk.intake.needBin' : 'desk.intake.needIin') };
    return {
      ok: true,
      text:
        check.kind === 'iin'
          ? t('desk.intake.idIin', { date: check.birthDate ?? '' })
          : t('desk.intake.idBin'),
    };
  };
  const idState = idMessage();

  const submit = async () => {
    const problems: Record<string, string> = {};
    const required = t('desk.case.required');
    if (serviceId === '') problems['service'] = required;
    if (caseId === '') problems['case'] = required;
    if (type === '') problems['type'] = required;
    if (idState === null || !idState.ok) problems['id'] = idState?.text ?? t('desk.intake.idFormat');
    if (name.trim() === '') problems['name'] = required;
    setInvalid(problems);
    if (Object.keys(problems).length > 0 || type === '' || service === undefined) return;
    setBusy(true);
    setError(null);
    try {
      const answer = await read<Receipt>(
        api.POST('/api/v1/official/paper-intake', {
          headers: { 'Idempotency-Key': key },
          body: {
            serviceId,
            caseId,
            applicant: { id: id.trim(), type, name: name.trim() },
            channel: channel === '' ? (channels[0] ?? 'provider-office') : channel,
            ...(visit === null ? {} : { visitId: visit.id }),
          },
        }),
      );
      const kase =
        passport.state === 'ready' ? passport.value?.cases.find((c) => c.id === caseId) : undefined;
      setKey(crypto.randomUUID());
      onDone({ answer, service, caseTitle: pick(kase?.title) || caseId });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const group = (k: string) =>
    `govuk-form-group${invalid[k] === undefined ? '' : ' govuk-form-group--error'}`;
  const errorOf = (k: string) =>
    invalid[k] === undefined ? null : (
      <p class="govuk-error-message" id={`intake-${k}-error`}>
        <span class="govuk-visually-hidden">{t('error.title')}:</span> {invalid[k]}
      </p>
    );
  const cases = passport.state === 'ready' ? (passport.value?.cases ?? []) : [];
  const types = passport.state === 'ready' ? (passport.value?.applicantTypes ?? []) : [];
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <ErrorSummary error={error} />
      {visit !== null && (
        <p class="govuk-inset-text">{t('desk.intake.forVisit', { ticket: visit.ticket })}</p>
      )}
      <div class={group('service')}>
        <label class="govuk-label govuk-label--s" for="intake-service">
          {t('desk.intake.service')}
        </label>
        {errorOf('service')}
        <select
          class="govuk-select"
          style={{ width: '100%' }}
          id="intake-service"
          aria-describedby={invalid['service'] === undefined ? undefined : 'intake-service-error'}
          value={serviceId}
          onChange={(e) => {
            setServiceId(e.currentTarget.value);
            setCaseId('');
            setChannel('');
          }}
        >
          <option value="">{t('desk.intake.choose')}</option>
          {services.map((s) => (
            <option key={s.id} value={s.id}>
              {pick(s.title)}
            </option>
          ))}
        </select>
      </div>
      {serviceId !== '' && (
        <div class={group('case')}>
          <fieldset
            class="govuk-fieldset"
            aria-describedby={invalid['case'] === undefined ? undefined : 'intake-case-error'}
          >
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{t('desk.intake.case')}</legend>
            {errorOf('case')}
            {passport.state === 'loading' && (
              <p class="govuk-body" role="status">
                {t('common.loading')}
              </p>
            )}
            {passport.state === 'error' && <ErrorSummary error={passport.error} />}
            <div class="govuk-radios govuk-radios--small">
              {cases.map((c) => (
                <div class="govuk-radios__item" key={c.id}>
                  <input
                    class="govuk-radios__input"
                    type="radio"
                    name="intake-case"
                    id={`intake-case-${c.id}`}
                    checked={caseId === c.id}
                    onChange={() => setCaseId(c.id)}
                  />
                  <label class="govuk-label govuk-radios__label" for={`intake-case-${c.id}`}>
                    {pick(c.title)}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
      )}
      {channels.length > 1 && (
        <div class="govuk-form-group">
          <label class="govuk-label govuk-label--s" for="intake-channel">
            {t('desk.intake.channel')}
          </label>
          <select
            class="govuk-select"
            id="intake-channel"
            value={channel}
            onChange={(e) => setChannel(e.currentTarget.value as PaperChannel | '')}
          >
            <option value="">{t(`channel.${channels[0] ?? 'provider-office'}` as Key)}</option>
            {channels.slice(1).map((c) => (
              <option key={c} value={c}>
                {t(`channel.${c}` as Key)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div class={group('type')}>
        <fieldset
          class="govuk-fieldset"
          aria-describedby={invalid['type'] === undefined ? undefined : 'intake-type-error'}
        >
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
            {t('desk.intake.applicantType')}
          </legend>
          {errorOf('type')}
          <div class="govuk-radios govuk-radios--small">
            {(types.length > 0
              ? types
              : (['individual', 'entrepreneur', 'legal-entity'] as ApplicantType[])
            ).map((ty) => (
              <div class="govuk-radios__item" key={ty}>
                <input
                  class="govuk-radios__input"
                  type="radio"
                  name="intake-type"
                  id={`intake-type-${ty}`}
                  checked={type === ty}
                  onChange={() => setType(ty)}
                />
                <label class="govuk-label govuk-radios__label" for={`intake-type-${ty}`}>
                  {t(`applicantType.${ty}` as Key)}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <div class={group('id')}>
        <label class="govuk-label govuk-label--s" for="intake-id">
          {t('desk.intake.id')}
        </label>
        <div class="govuk-hint" id="intake-id-hint">
          {t('desk.intake.idHint')}
        </div>
        {errorOf('id')}
        <input
          class={`govuk-input govuk-input--width-20${invalid['id'] === undefined ? '' : ' govuk-input--error'}`}
          id="intake-id"
          inputMode="numeric"
          autocomplete="off"
          spellcheck={false}
          maxLength={12}
          aria-describedby={`intake-id-hint intake-id-status${invalid['id'] === undefined ? '' : ' intake-id-error'}`}
          value={id}
          onInput={(e) => setId(e.currentTarget.value.replace(/\D/g, ''))}
        />
        <p
          class={`govuk-body-s govuk-!-margin-top-1 ${idState?.ok === false ? 'ruqsat-overdue' : ''}`}
          id="intake-id-status"
          role="status"
          aria-live="polite"
        >
          {idState === null ? '' : `${idState.ok ? '✓' : '✗'} ${idState.text}`}
        </p>
      </div>
      <div class={group('name')}>
        <label class="govuk-label govuk-label--s" for="intake-name">
          {t('desk.intake.name')}
        </label>
        {errorOf('name')}
        <input
          class={`govuk-input${invalid['name'] === undefined ? '' : ' govuk-input--error'}`}
          id="intake-name"
          autocomplete="off"
          aria-describedby={invalid['name'] === undefined ? undefined : 'intake-name-error'}
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
        />
      </div>
      <button type="submit" class="govuk-button" disabled={busy}>
        {busy ? t('desk.case.sending') : t('desk.intake.submit')}
      </button>
    </form>
  );
}

/** The talon (seed 004, annex 3): printable; the page's header, footer and buttons are not printed. */
function Talon({
  answer,
  service,
  caseTitle,
  onAnother,
}: {
  answer: Receipt;
  service: ServiceSummary;
  caseTitle: string;
  onAnother: () => void;
}) {
  const { t, pick, dateTime } = useI18n();
  const r = answer.receipt;
  return (
    <>
      <div class="govuk-panel govuk-panel--confirmation ruqsat-noprint" role="status">
        <h2 class="govuk-panel__title">{t('desk.intake.registered')}</h2>
        <div class="govuk-panel__body">
          {t('desk.talon.number')} <strong>{r.inboundNumber ?? '—'}</strong>
        </div>
      </div>
      <section
        class="ruqsat-talon"
        aria-labelledby="talon-title"
        style={{ border: '2px solid #0b0c0c', padding: '20px', maxWidth: '640px' }}
      >
        <p class="govuk-body govuk-!-text-align-centre govuk-!-margin-bottom-1">{pick(service.provider)}</p>
        <h2 class="govuk-heading-l govuk-!-text-align-centre govuk-!-margin-bottom-1" id="talon-title">
          {t('desk.talon.title')}
        </h2>
        <p class="govuk-body govuk-!-text-align-centre">
          {t('desk.talon.number')} <strong>{r.inboundNumber ?? '—'}</strong> {t('desk.talon.subtitle')}
        </p>
        <dl class="govuk-summary-list govuk-summary-list--no-border">
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{t('desk.talon.service')}</dt>
            <dd class="govuk-summary-list__value">
              {pick(service.title)} — {caseTitle}
            </dd>
          </div>
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{t('desk.talon.applicant')}</dt>
            <dd class="govuk-summary-list__value">
              {r.applicant.name}, {r.applicant.id}
            </dd>
          </div>
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{t('desk.talon.receivedAt')}</dt>
            <dd class="govuk-summary-list__value">{dateTime(r.registeredAt ?? r.receivedAt)}</dd>
          </div>
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{t('desk.talon.resultDate')}</dt>
            <dd class="govuk-summary-list__value">
              <strong>
                <PlannedResult timeline={r} />
              </strong>
            </dd>
          </div>
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{t('desk.talon.acceptedBy')}</dt>
            <dd class="govuk-summary-list__value">{r.registeredBy}</dd>
          </div>
          {answer.visit !== null && <VisitRows visit={answer.visit} />}
        </dl>
        <p class="govuk-body govuk-!-margin-top-6">
          ______________________ <span class="govuk-body-s">{t('desk.talon.signature')}</span>
        </p>
        <p class="govuk-body-s">{t('desk.talon.basis')}</p>
      </section>
      <div class="govuk-button-group govuk-!-margin-top-6 ruqsat-noprint">
        <button type="button" class="govuk-button" onClick={() => window.print()}>
          {t('desk.intake.print')}
        </button>
        <button type="button" class="govuk-button govuk-button--secondary" onClick={onAnother}>
          {t('desk.intake.another')}
        </button>
        <a class="govuk-link" href={`/desk/cases/${answer.applicationId}`}>
          {t('desk.intake.openCase')}
        </a>
      </div>
    </>
  );
}

/** The counter visit's times on the talon (seed 004 7-т.): ticket, waiting and service, in minutes. */
function VisitRows({ visit }: { visit: EndedVisit }) {
  const { t, time } = useI18n();
  const rows: [string, string][] = [
    [t('desk.talon.queue'), String(visit.ticket)],
    [
      t('desk.talon.waited', { from: time(visit.arrivedAt), to: time(visit.calledAt) }),
      t('board.minutes', { n: visit.waitedMinutes }),
    ],
    [
      t('desk.talon.served', { from: time(visit.calledAt), to: time(visit.endedAt) }),
      visit.servedMinutes === null ? '—' : t('board.minutes', { n: visit.servedMinutes }),
    ],
  ];
  return (
    <>
      {rows.map(([label, value]) => (
        <div class="govuk-summary-list__row" key={label}>
          <dt class="govuk-summary-list__key">{label}</dt>
          <dd class="govuk-summary-list__value">{value}</dd>
        </div>
      ))}
    </>
  );
}
