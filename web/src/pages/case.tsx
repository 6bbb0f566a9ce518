/**
 * The case page for an official: the applicant and the request, the documents attached, the
 * state databases' answers, the hearing, the timeline (each step due, done, on time) and the
 * history; and, as forms, exactly the actions the engine accepts from this official now (the
 * server's `actions`, src/cases/actions.ts). Each form posts one command with a fresh
 * Idempotency-Key, shows the result, then the page reloads the case.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ApiProblem, api, read } from '../api/client.ts';
import type { ApplicationState, Attachment, FormField, ServiceDetail, Timeline } from '../api/types.ts';
import formLabelsRu from '../../../src/documents/form-labels-ru.json';
import type { Event } from '../../../src/cases/model.ts';
import type { ActionInput, OfferedAction } from '../../../src/cases/actions.ts';
import { ErrorSummary, Show, useLoad } from '../components/async.tsx';
import { useI18n, type Key, type Translate } from '../i18n.ts';
import { TimeLeft, shorten } from './desk.tsx';
import { RequireLogin } from '../components/require-login.tsx';

interface CaseView {
  application: ApplicationState;
  timeline: Timeline;
  events: { type: string; at: string; data: { by?: string; role?: string } | null }[];
  actions: OfferedAction[];
}

/** Every event the engine records, named in the locale files (a new one shows its code until named). */
const eventNames: Record<Event['type'], true> = {
  'draft-created': true,
  'draft-updated': true,
  submitted: true,
  registered: true,
  'payment-recorded': true,
  'executor-assigned': true,
  'step-completed': true,
  'completeness-confirmed': true,
  'refused-incomplete': true,
  'state-data-requested': true,
  'state-data-recorded': true,
  'inspection-recorded': true,
  'approval-requested': true,
  'approval-recorded': true,
  'clock-paused': true,
  'clock-resumed': true,
  'preliminary-decision-sent': true,
  'objection-filed': true,
  'hearing-recorded': true,
  approved: true,
  refused: true,
  signed: true,
  'signature-rechecked': true,
  issued: true,
  delivered: true,
  withdrawn: true,
  'overdue-flagged': true,
};
const eventLabel = (type: string, t: Translate): string =>
  Object.hasOwn(eventNames, type) ? t(`desk.event.${type}` as Key) : type;

/**
 * Who did it: the applicant's own acts are theirs; what the portal or the engine did as a result
 * (registration on submission, steps that follow, timers) is the system's, never the applicant's.
 */
const applicantEvents = new Set([
  'draft-created',
  'draft-updated',
  'submitted',
  'payment-recorded',
  'objection-filed',
  'withdrawn',
]);
function historyBy(e: CaseView['events'][number], t: Translate): string {
  const role = e.data?.role;
  if (role === undefined) return e.data?.by ?? '—';
  if (role === 'system' || (role === 'applicant' && !applicantEvents.has(e.type))) return t('role.system');
  return `${e.data?.by ?? '—'} (${t(`role.${role}` as Key)})`;
}

interface CommandResult {
  applicationId: string;
  version: number;
  status: ApplicationState['status'];
  events: string[];
}

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

function Row({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key">{label}</dt>
      <dd class="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

function CaseBody({
  view,
  result,
  onDone,
}: {
  view: CaseView & { service: ServiceDetail | null; attachments: Attachment[] };
  result: CommandResult | null;
  onDone: (r: CommandResult) => void;
}) {
  const { t, pick, date, dateTime, money } = useI18n();
  const a = view.application;
  const tl = view.timeline;
  const grounds = new Map((view.service?.refusalGrounds ?? []).map((g) => [g.id, g]));
  const caseTitle = view.service?.cases.find((c) => c.id === a.caseId)?.title;
  const groundList = (ids: string[]) => (
    <ul class="govuk-list govuk-list--bullet">
      {ids.map((g) => (
        <li key={g}>
          {grounds.get(g)?.text ?? g}
          {grounds.get(g)?.source !== undefined && (
            <span class="govuk-body-s"> ({grounds.get(g)?.source})</span>
          )}
        </li>
      ))}
    </ul>
  );
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

      <h2 class="govuk-heading-m">{t('desk.case.summary')}</h2>
      <dl class="govuk-summary-list">
        <Row label={t('desk.case.applicant')}>
          {a.applicant.name} ({t(`applicantType.${a.applicant.type}` as Key)})
        </Row>
        <Row label={t('desk.case.applicantId')}>{a.applicant.id}</Row>
        <Row label={t('desk.case.service')}>
          <a class="govuk-link" href={`/services/${a.serviceId}`}>
            {pick(view.service?.title) || a.serviceId}
          </a>
        </Row>
        <Row label={t('desk.case.case')}>{pick(caseTitle) || a.caseId}</Row>
        <Row label={t('desk.case.channel')}>{t(`channel.${a.channel}` as Key)}</Row>
        <Row label={t('desk.case.status')}>
          <strong class="govuk-tag">{t(`status.${a.status}` as Key)}</strong>
        </Row>
        <Row label={t('desk.case.registeredAt')}>{dateTime(a.registration?.registeredAt)}</Row>
        <Row label={t('desk.case.deadline')}>{dateTime(tl.deadline)}</Row>
        <Row label={t('desk.case.plannedResult')}>{date(tl.plannedResultDate)}</Row>
        {tl.workingMinutesLeft !== null && (
          <Row label={t('desk.case.timeLeft')}>
            {tl.paused ? t('desk.case.paused') : <TimeLeft minutes={tl.workingMinutesLeft} />}
          </Row>
        )}
        <Row label={t('desk.case.payment')}>
          {a.payment === null
            ? t('desk.case.notPaid')
            : t('desk.case.paid', { amount: money(a.payment.amountTenge), when: dateTime(a.payment.paidAt) })}
        </Row>
        <Row label={t('desk.case.completeness')}>{t(`desk.case.completeness.${a.completeness}` as Key)}</Row>
        {a.issued !== null && (
          <Row label={t('desk.case.decision')}>
            <a class="govuk-link" href={`/registry/${encodeURIComponent(a.issued.permitNumber)}`}>
              {t('desk.case.permit', { number: a.issued.permitNumber })}
            </a>
          </Row>
        )}
      </dl>

      <Actions view={view} onDone={onDone} />

      <h2 class="govuk-heading-m">{t('desk.case.form')}</h2>
      <FormValues form={a.form} fields={view.service?.qualificationForm?.fields ?? []} />

      <h2 class="govuk-heading-m">{t('desk.case.documents')}</h2>
      {view.attachments.length === 0 ? (
        <p class="govuk-body">{t('desk.case.noDocuments')}</p>
      ) : (
        <ul class="govuk-list">
          {view.attachments.map((f) => (
            <li key={f.id}>
              <a
                class="govuk-link"
                href={`/api/v1/applications/${a.id}/attachments/${f.id}`}
                download={f.name}
              >
                {t('desk.case.download')} {f.name}
              </a>{' '}
              <span class="govuk-body-s">
                ({f.documentId ?? '—'}, {t('desk.case.size', { kb: Math.max(1, Math.round(f.size / 1024)) })})
              </span>
            </li>
          ))}
        </ul>
      )}

      <h2 class="govuk-heading-m">{t('desk.case.stateData')}</h2>
      {a.stateData.length === 0 ? (
        <p class="govuk-body">{t('desk.case.noStateData')}</p>
      ) : (
        <div class="ruqsat-table-wrap">
          <table class="govuk-table">
            <caption class="govuk-visually-hidden">{t('desk.case.stateData')}</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">
                  {t('desk.case.source')}
                </th>
                <th scope="col" class="govuk-table__header">
                  {t('desk.case.requested')}
                </th>
                <th scope="col" class="govuk-table__header">
                  {t('desk.case.answered')}
                </th>
                <th scope="col" class="govuk-table__header">
                  {t('desk.case.result')}
                </th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {a.stateData.map((d, i) => (
                <tr class="govuk-table__row" key={i}>
                  <th scope="row" class="govuk-table__header">
                    {d.source}
                  </th>
                  <td class="govuk-table__cell">{dateTime(d.requestedAt)}</td>
                  <td class="govuk-table__cell">{dateTime(d.answeredAt)}</td>
                  <td class="govuk-table__cell">
                    {d.answeredAt === null
                      ? t('desk.case.pending')
                      : d.found === true
                        ? t('desk.case.found')
                        : t('desk.case.notFound')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {a.inspections.length > 0 && (
        <>
          <h2 class="govuk-heading-m">{t('desk.case.inspections')}</h2>
          <ul class="govuk-list">
            {a.inspections.map((x, i) => (
              <li key={i}>
                {dateTime(x.at)} —{' '}
                <strong>{x.positive ? t('desk.case.positive') : t('desk.case.negative')}</strong>:{' '}
                {x.conclusion}
              </li>
            ))}
          </ul>
        </>
      )}

      {a.approvals.length > 0 && (
        <>
          <h2 class="govuk-heading-m">{t('desk.case.approvals')}</h2>
          <ul class="govuk-list">
            {a.approvals.map((x, i) => (
              <li key={i}>
                {x.agency}: {dateTime(x.requestedAt)} —{' '}
                {x.answeredAt === null
                  ? t('desk.case.pending')
                  : `${x.approved === true ? t('desk.case.agreed') : t('desk.case.disagreed')}${x.tacit ? ` ${t('desk.case.tacit')}` : ''}`}
              </li>
            ))}
          </ul>
        </>
      )}

      {a.preliminaryDecision !== null && (
        <>
          <h2 class="govuk-heading-m">{t('desk.case.hearingSection')}</h2>
          <p class="govuk-body">
            {t('desk.case.preliminary', { when: dateTime(a.preliminaryDecision.sentAt) })}
          </p>
          {groundList(a.preliminaryDecision.groundIds)}
          <p class="govuk-body">{a.preliminaryDecision.text}</p>
          {a.preliminaryDecision.objectionDue !== null && a.objection === null && (
            <p class="govuk-body">
              {t('desk.case.objectionDue', { when: dateTime(a.preliminaryDecision.objectionDue.at) })}
            </p>
          )}
          {a.objection !== null && (
            <>
              <p class="govuk-body">
                <strong>{t('desk.case.objection', { when: dateTime(a.objection.filedAt) })}</strong>
              </p>
              <p class="govuk-body">{a.objection.text}</p>
            </>
          )}
          {a.hearing !== null && (
            <>
              <p class="govuk-body">
                <strong>{t('desk.case.hearing', { when: dateTime(a.hearing.at) })}</strong>
              </p>
              <p class="govuk-body">{a.hearing.text}</p>
            </>
          )}
        </>
      )}

      {a.decision !== null && (
        <>
          <h2 class="govuk-heading-m">{t('desk.case.decision')}</h2>
          <p class="govuk-body">
            <strong>
              {a.decision.kind === 'approve'
                ? t('desk.case.decision.approve', { when: dateTime(a.decision.at) })
                : t('desk.case.decision.refuse', { when: dateTime(a.decision.at) })}
            </strong>
          </p>
          {a.decision.groundIds.length > 0 && (
            <>
              <h3 class="govuk-heading-s">{t('desk.case.grounds')}</h3>
              {groundList(a.decision.groundIds)}
            </>
          )}
          {a.decision.reasoning !== null && <p class="govuk-body">{a.decision.reasoning}</p>}
        </>
      )}

      <h2 class="govuk-heading-m">{t('desk.case.timeline')}</h2>
      <div class="ruqsat-table-wrap">
        <table class="govuk-table">
          <caption class="govuk-visually-hidden">{t('desk.case.timeline')}</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">
                {t('desk.case.col.step')}
              </th>
              <th scope="col" class="govuk-table__header">
                {t('desk.case.col.who')}
              </th>
              <th scope="col" class="govuk-table__header">
                {t('desk.case.col.started')}
              </th>
              <th scope="col" class="govuk-table__header">
                {t('desk.case.col.due')}
              </th>
              <th scope="col" class="govuk-table__header">
                {t('desk.case.col.done')}
              </th>
              <th scope="col" class="govuk-table__header">
                {t('desk.case.col.onTime')}
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {tl.steps.map((s, i) => (
              <tr class="govuk-table__row" key={`${s.stepId}-${i}`}>
                <th scope="row" class="govuk-table__header">
                  <span lang="kk">{s.label ?? shorten(s.action, 60)}</span>
                  <details class="govuk-details govuk-!-margin-bottom-0">
                    <summary class="govuk-details__summary">
                      <span class="govuk-details__summary-text">{t('desk.case.stepText')}</span>
                    </summary>
                    <div class="govuk-details__text" lang="kk">
                      {s.action}
                    </div>
                  </details>
                </th>
                <td class="govuk-table__cell">{t(`role.${s.roleKind}` as Key)}</td>
                <td class="govuk-table__cell">{dateTime(s.startedAt)}</td>
                <td class="govuk-table__cell">{dateTime(s.due)}</td>
                <td class="govuk-table__cell">
                  {s.done === null ? t('desk.case.inProgress') : dateTime(s.done)}
                </td>
                <td class="govuk-table__cell">
                  {s.overdue ? (
                    <strong class="govuk-tag govuk-tag--red">{t('desk.case.overdue')}</strong>
                  ) : s.onTime === true ? (
                    <strong class="govuk-tag govuk-tag--green">{t('desk.case.onTime')}</strong>
                  ) : s.onTime === false ? (
                    <strong class="govuk-tag govuk-tag--red">{t('desk.case.late')}</strong>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 class="govuk-heading-m">{t('desk.case.history')}</h2>
      <div class="ruqsat-table-wrap">
        <table class="govuk-table">
          <caption class="govuk-visually-hidden">{t('desk.case.history')}</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">
                {t('desk.case.col.when')}
              </th>
              <th scope="col" class="govuk-table__header">
                {t('desk.case.col.event')}
              </th>
              <th scope="col" class="govuk-table__header">
                {t('desk.case.col.by')}
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {view.events.map((e, i) => (
              <tr class="govuk-table__row" key={i}>
                <td class="govuk-table__cell ruqsat-nowrap">{dateTime(e.at)}</td>
                <td class="govuk-table__cell">{eventLabel(e.type, t)}</td>
                <td class="govuk-table__cell">{historyBy(e, t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/**
 * The applicant's form with the act's labels (Kazakh; in Russian Ruqsat's translation from
 * form-labels-ru.json where it has one), a group's fields under its label; values of fields the
 * catalog does not name are shown under their id.
 */
function FormValues({ form, fields }: { form: Record<string, unknown>; fields: readonly FormField[] }) {
  const { t, lang } = useI18n();
  if (Object.keys(form).length === 0) return <p class="govuk-body">{t('desk.case.formEmpty')}</p>;
  const label = (kk: string) => {
    const ru = lang === 'ru' ? (formLabelsRu.labels as Record<string, string>)[kk] : undefined;
    return ru === undefined ? <span lang="kk">{kk}</span> : ru;
  };
  const text = (v: unknown): string =>
    v === null || v === undefined || v === ''
      ? '—'
      : typeof v === 'boolean'
        ? t(v ? 'desk.case.yes' : 'desk.case.no')
        : typeof v === 'string' || typeof v === 'number'
          ? String(v)
          : JSON.stringify(v, null, 1)
              .replace(/[{}"[\]]/g, '')
              .trim();
  const rows = (
    values: Record<string, unknown>,
    within: readonly FormField[],
    prefix: string,
  ): preact.JSX.Element[] => {
    const known = new Set(within.map((f) => f.id));
    const out: preact.JSX.Element[] = [];
    for (const f of within) {
      const v = values[f.id];
      if (v === undefined) continue;
      if (f.type === 'group') {
        const entries = Array.isArray(v) ? v : [v];
        entries.forEach((entry, i) => {
          out.push(
            <div class="govuk-summary-list__row" key={`${prefix}${f.id}-${i}`}>
              <dt class="govuk-summary-list__key">
                {label(f.label)}
                {entries.length > 1 ? ` (${i + 1})` : ''}
              </dt>
              <dd class="govuk-summary-list__value" />
            </div>,
          );
          const inner = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {};
          out.push(...rows(inner, f.fields ?? [], `${prefix}${f.id}-${i}.`));
        });
      } else
        out.push(
          <div class="govuk-summary-list__row" key={prefix + f.id}>
            <dt class="govuk-summary-list__key">{label(f.label)}</dt>
            <dd class="govuk-summary-list__value">
              <span style={{ whiteSpace: 'pre-wrap' }}>
                {Array.isArray(v) ? v.map(text).join('; ') || '—' : text(v)}
              </span>
            </dd>
          </div>,
        );
    }
    for (const [k, v] of Object.entries(values))
      if (!known.has(k))
        out.push(
          <Row key={prefix + k} label={k}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{text(v)}</span>
          </Row>,
        );
    return out;
  };
  return <dl class="govuk-summary-list">{rows(form, fields, '')}</dl>;
}

function actionTitle(action: OfferedAction, t: ReturnType<typeof useI18n>['t']): string {
  const c = action.command;
  switch (c.type) {
    case 'complete-step': {
      const step = action.step?.label ?? shorten(action.step?.action ?? c.stepId, 70);
      return c.branch === undefined
        ? t('desk.action.complete-step', { step })
        : t('desk.action.complete-step.branch', { step, branch: action.step?.branchText ?? c.branch });
    }
    case 'check-completeness':
      return t(
        c.complete ? 'desk.action.check-completeness.complete' : 'desk.action.check-completeness.incomplete',
      );
    case 'request-state-data':
      return t('desk.action.request-state-data', { source: c.source });
    case 'record-state-data':
      return t('desk.action.record-state-data', { source: c.source });
    case 'request-approval':
      return t('desk.action.request-approval', { agency: c.agency });
    case 'record-approval':
      return t('desk.action.record-approval', { agency: c.agency });
    case 'decide':
      return t(c.decision === 'approve' ? 'desk.action.decide.approve' : 'desk.action.decide.refuse');
    case 'record-inspection':
    case 'request-documents':
    case 'send-preliminary-decision':
    case 'record-hearing':
    case 'sign':
    case 'issue':
    case 'deliver':
    case 'register':
      return t(`desk.action.${c.type}`);
  }
}

function Actions({ view, onDone }: { view: CaseView; onDone: (r: CommandResult) => void }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="case-actions">
      <h2 class="govuk-heading-m" id="case-actions">
        {t('desk.case.actions')}
      </h2>
      {view.actions.length === 0 ? (
        <p class="govuk-body">{t('desk.case.noActions')}</p>
      ) : (
        <>
          <p class="govuk-body">{t('desk.case.actionsLead')}</p>
          {view.actions.map((action) => (
            <ActionForm
              key={`${action.key}@${view.application.version}`}
              id={view.application.id}
              action={action}
              onDone={onDone}
            />
          ))}
        </>
      )}
    </section>
  );
}

type Values = { [K in ActionInput]?: string | string[] | boolean };

const lines = (v: unknown) =>
  (typeof v === 'string' ? v : '')
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);

function ActionForm({
  id,
  action,
  onDone,
}: {
  id: string;
  action: OfferedAction;
  onDone: (r: CommandResult) => void;
}) {
  const { t } = useI18n();
  const [values, setValues] = useState<Values>({});
  const [error, setError] = useState<unknown>(null);
  const [invalid, setInvalid] = useState<Partial<Record<ActionInput, string>>>({});
  const [busy, setBusy] = useState(false);
  const set = (k: ActionInput, v: string | string[] | boolean) => setValues((x) => ({ ...x, [k]: v }));
  const fid = (k: string) => `${action.key.replace(/[^a-zA-Z0-9-]/g, '_')}-${k}`;
  const title = actionTitle(action, t);
  const needsInput = action.inputs.length > 0;

  const submit = async () => {
    const problems: Partial<Record<ActionInput, string>> = {};
    for (const input of action.inputs) {
      const v = values[input];
      if (input === 'note') continue;
      if (input === 'groundIds') {
        if (!Array.isArray(v) || v.length === 0) problems[input] = t('desk.case.chooseGround');
      } else if (input === 'missing' || input === 'documents') {
        if (lines(v).length === 0) problems[input] = t('desk.case.required');
      } else if (input === 'positive' || input === 'found' || input === 'approved') {
        if (typeof v !== 'boolean') problems[input] = t('desk.case.required');
      } else if (typeof v !== 'string' || v.trim() === '') problems[input] = t('desk.case.required');
    }
    setInvalid(problems);
    if (Object.keys(problems).length > 0) return;
    const body: Record<string, unknown> = { ...action.command };
    for (const input of action.inputs) {
      const v = values[input];
      if (input === 'missing' || input === 'documents') body[input] = lines(v);
      else if (input === 'note') {
        if (typeof v === 'string' && v.trim() !== '') body[input] = v.trim();
      } else body[input] = typeof v === 'string' ? v.trim() : v;
    }
    if (action.command.type === 'sign') body['signatureId'] = crypto.randomUUID();
    setBusy(true);
    setError(null);
    try {
      const result = await read<CommandResult>(
        api.POST('/api/v1/official/cases/{id}/commands', {
          params: { path: { id } },
          headers: { 'Idempotency-Key': crypto.randomUUID() },
          body: body as never,
        }),
      );
      onDone(result);
    } catch (e) {
      setError(e instanceof ApiProblem || e instanceof Error ? e : new Error(String(e)));
    } finally {
      setBusy(false);
    }
  };

  const errorOf = (k: ActionInput) =>
    invalid[k] === undefined ? null : (
      <p class="govuk-error-message" id={fid(`${k}-error`)}>
        <span class="govuk-visually-hidden">{t('error.title')}:</span> {invalid[k]}
      </p>
    );
  const group = (k: ActionInput) =>
    `govuk-form-group${invalid[k] === undefined ? '' : ' govuk-form-group--error'}`;
  const described = (k: ActionInput, hint = false) =>
    [hint ? fid(`${k}-hint`) : '', invalid[k] === undefined ? '' : fid(`${k}-error`)]
      .filter(Boolean)
      .join(' ') || undefined;

  const textArea = (k: ActionInput, label: Key, hint?: Key) => (
    <div class={group(k)} key={k}>
      <label class="govuk-label" for={fid(k)}>
        {t(label)}
      </label>
      {hint !== undefined && (
        <div class="govuk-hint" id={fid(`${k}-hint`)}>
          {t(hint)}
        </div>
      )}
      {errorOf(k)}
      <textarea
        class={`govuk-textarea${invalid[k] === undefined ? '' : ' govuk-textarea--error'}`}
        id={fid(k)}
        rows={3}
        aria-describedby={described(k, hint !== undefined)}
        value={typeof values[k] === 'string' ? values[k] : ''}
        onInput={(e) => set(k, e.currentTarget.value)}
      />
    </div>
  );
  const yesNo = (k: ActionInput, legend: Key, yes: Key, no: Key) => (
    <div class={group(k)} key={k}>
      <fieldset class="govuk-fieldset" aria-describedby={described(k)}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{t(legend)}</legend>
        {errorOf(k)}
        <div class="govuk-radios govuk-radios--small govuk-radios--inline">
          {([true, false] as const).map((v) => (
            <div class="govuk-radios__item" key={String(v)}>
              <input
                class="govuk-radios__input"
                type="radio"
                id={fid(`${k}-${v}`)}
                name={fid(k)}
                checked={values[k] === v}
                onChange={() => set(k, v)}
              />
              <label class="govuk-label govuk-radios__label" for={fid(`${k}-${v}`)}>
                {t(v ? yes : no)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
  const groundsField = () => {
    const chosen = Array.isArray(values.groundIds) ? values.groundIds : [];
    return (
      <div class={group('groundIds')} key="groundIds">
        <fieldset class="govuk-fieldset" aria-describedby={described('groundIds')}>
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
            {t('desk.input.groundIds')}
          </legend>
          {errorOf('groundIds')}
          <div class="govuk-checkboxes govuk-checkboxes--small">
            {(action.grounds ?? []).map((g) => (
              <div class="govuk-checkboxes__item" key={g.id}>
                <input
                  class="govuk-checkboxes__input"
                  type="checkbox"
                  id={fid(`ground-${g.id}`)}
                  aria-describedby={fid(`ground-${g.id}-source`)}
                  checked={chosen.includes(g.id)}
                  onChange={(e) =>
                    set(
                      'groundIds',
                      e.currentTarget.checked ? [...chosen, g.id] : chosen.filter((x) => x !== g.id),
                    )
                  }
                />
                <label class="govuk-label govuk-checkboxes__label" for={fid(`ground-${g.id}`)} lang="kk">
                  {g.text}
                </label>
                <div class="govuk-hint govuk-checkboxes__hint" id={fid(`ground-${g.id}-source`)} lang="kk">
                  {g.source}
                </div>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
    );
  };

  const field = (k: ActionInput) => {
    switch (k) {
      case 'note':
        return textArea(k, 'desk.input.note');
      case 'missing':
        return textArea(k, 'desk.input.missing', 'desk.input.perLine');
      case 'documents':
        return textArea(k, 'desk.input.documents', 'desk.input.perLine');
      case 'conclusion':
        return textArea(k, 'desk.input.conclusion');
      case 'text':
        return textArea(k, 'desk.input.text');
      case 'reasoning':
        return textArea(k, 'desk.input.reasoning');
      case 'groundIds':
        return groundsField();
      case 'positive':
        return yesNo(k, 'desk.input.positive', 'desk.input.yes', 'desk.input.no');
      case 'found':
        return yesNo(k, 'desk.input.found', 'desk.input.foundYes', 'desk.input.foundNo');
      case 'approved':
        return yesNo(k, 'desk.input.approved', 'desk.input.yes', 'desk.input.no');
    }
  };

  const refusing =
    (action.command.type === 'decide' && action.command.decision === 'refuse') ||
    (action.command.type === 'check-completeness' && !action.command.complete);
  return (
    <form
      class="govuk-!-margin-bottom-6"
      aria-label={title}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {needsInput || action.step !== undefined ? (
        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{title}</legend>
          {action.step !== undefined && (
            <details class="govuk-details">
              <summary class="govuk-details__summary">
                <span class="govuk-details__summary-text">{t('desk.case.stepText')}</span>
              </summary>
              <div class="govuk-details__text" lang="kk">
                {action.step.branchText ?? action.step.action} ({action.step.source})
              </div>
            </details>
          )}
          <ErrorSummary error={error} />
          {action.inputs.map(field)}
          <button
            type="submit"
            class={`govuk-button${refusing ? ' govuk-button--warning' : ''}`}
            disabled={busy}
          >
            {busy ? t('desk.case.sending') : title}
          </button>
        </fieldset>
      ) : (
        <>
          <ErrorSummary error={error} />
          <button
            type="submit"
            class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
            disabled={busy}
          >
            {busy ? t('desk.case.sending') : title}
          </button>
        </>
      )}
    </form>
  );
}
