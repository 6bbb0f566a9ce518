/**
 * The supervisor's dashboard (GET /supervisor/indicators): applications per provider and
 * service, the share finished on time, overdue now, time per step against the norm, refusals by
 * ground. Every chart is a bar drawn next to its number in a table (the bars are decoration:
 * the table says it all), so it reads with a screen reader and on a phone.
 */
import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import { useEffect, useState } from 'preact/hooks';
import { api, read } from '../api/client.ts';
import type { ServiceSummary } from '../api/types.ts';
import { Show, useLoad } from '../components/async.tsx';
import { sourceIn } from '../../../src/catalog/local-text.ts';
import { useI18n, type Localized } from '../i18n.ts';
import { useSession } from '../session.ts';
import { StepName } from '../components/step-name.tsx';

interface Figures {
  registered: number;
  finished: number;
  onTime: number;
  onTimeShare: number | null;
  overdueNow: number;
}

interface Dashboard {
  filter: { from: string; to: string; now: string; providerId: string | null; serviceId: string | null };
  totals: Figures;
  providers: (Figures & { providerId: string; name: Localized })[];
  services: (Figures & { serviceId: string; providerId: string; title: Localized })[];
  steps: {
    serviceId: string;
    stepId: string;
    label: string | null;
    short: { kk: string; ru: string; en: string } | null;
    action: string | null;
    count: number;
    avgHours: number;
    p90Hours: number;
    normAvgHours: number | null;
    late: number;
  }[];
  refusals: {
    serviceId: string;
    groundId: string;
    text: Localized | null;
    source: string | null;
    count: number;
  }[];
  /** Visits to the office per unit and service against the standard's limits (seed 004 7-т.). */
  visits: {
    unitId: string | null;
    serviceId: string;
    visits: number;
    waitedOver: number;
    waitingOverNow: number;
    servedOver: number;
    avgWaitMinutes: number | null;
    avgServiceMinutes: number | null;
    waitLimited: boolean;
    serviceLimited: boolean;
  }[];
}

export function DashboardPage() {
  const { me } = useSession();
  const { route } = useLocation();
  const { t } = useI18n();
  const allowed = me?.kind === 'admin' || me?.kind === 'official';
  useEffect(() => {
    if (me === null || (me !== undefined && !allowed)) route('/login?next=/dashboard', true);
  }, [me, allowed]);
  if (me === undefined || me === null || !allowed)
    return (
      <p class="govuk-body" role="status">
        {me === undefined ? t('common.loading') : t('desk.dash.notAllowed')}
      </p>
    );
  return <Board admin={me.kind === 'admin'} />;
}

const share = (v: number | null) => (v === null ? '—' : `${Math.round(v * 1000) / 10}`);

function Bar({ value, max, warn = false }: { value: number; max: number; warn?: boolean }) {
  const width = max <= 0 ? 0 : Math.max(value > 0 ? 2 : 0, Math.round((value / max) * 100));
  return (
    <div class="ruqsat-bar" aria-hidden="true" style={{ minWidth: '80px' }}>
      <div
        class="ruqsat-bar__fill"
        style={{ width: `${width}%`, ...(warn ? { background: '#d4351c' } : {}) }}
      />
    </div>
  );
}

function Board({ admin }: { admin: boolean }) {
  const { t, pick } = useI18n();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [providerId, setProviderId] = useState('');
  const [query, setQuery] = useState<{ from?: string; to?: string; providerId?: string }>({});
  const [loaded] = useLoad(
    () =>
      read<Dashboard>(
        api.GET('/api/v1/supervisor/indicators', {
          params: { query },
        }),
      ),
    [JSON.stringify(query)],
  );
  const [services] = useLoad(() => read<ServiceSummary[]>(api.GET('/api/v1/services')), []);
  const providers =
    services.state === 'ready'
      ? [...new Map(services.value.map((s) => [s.providerId, pick(s.provider)])).entries()]
      : [];
  return (
    <>
      <h1 class="govuk-heading-l">{t('desk.dash.title')}</h1>
      <p class="govuk-body">{admin ? t('desk.dash.leadAll') : t('desk.dash.leadOwn')}</p>
      <form
        class="govuk-!-margin-bottom-6"
        onSubmit={(e) => {
          e.preventDefault();
          setQuery({
            ...(from === '' ? {} : { from }),
            ...(to === '' ? {} : { to }),
            ...(providerId === '' ? {} : { providerId }),
          });
        }}
      >
        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{t('desk.dash.filter')}</legend>
          <div class="govuk-grid-row">
            <div class="govuk-form-group govuk-grid-column-one-quarter">
              <label class="govuk-label" for="dash-from">
                {t('desk.dash.from')}
              </label>
              <input
                class="govuk-input"
                type="date"
                id="dash-from"
                value={from}
                onInput={(e) => setFrom(e.currentTarget.value)}
              />
            </div>
            <div class="govuk-form-group govuk-grid-column-one-quarter">
              <label class="govuk-label" for="dash-to">
                {t('desk.dash.to')}
              </label>
              <input
                class="govuk-input"
                type="date"
                id="dash-to"
                value={to}
                onInput={(e) => setTo(e.currentTarget.value)}
              />
            </div>
            {admin && (
              <div class="govuk-form-group govuk-grid-column-one-half">
                <label class="govuk-label" for="dash-provider">
                  {t('desk.dash.provider')}
                </label>
                <select
                  class="govuk-select"
                  style={{ width: '100%' }}
                  id="dash-provider"
                  value={providerId}
                  onChange={(e) => setProviderId(e.currentTarget.value)}
                >
                  <option value="">{t('desk.dash.all')}</option>
                  {providers.map(([id, name]) => (
                    <option key={id} value={id}>
                      {name}
                    </option>
                  ))}
                </select>
              </div>
            )}
          </div>
          <button type="submit" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0">
            {t('desk.dash.show')}
          </button>
        </fieldset>
      </form>
      <Show loaded={loaded}>{(d) => <Indicators d={d} />}</Show>
    </>
  );
}

/** A table under its caption; `empty`: the sentence shown instead of its rows when it has none. */
function CaptionedTable({
  caption,
  empty,
  children,
}: {
  caption: string;
  empty: string | null;
  children: ComponentChildren;
}) {
  return (
    <div class="ruqsat-table-wrap">
      <table class="govuk-table">
        <caption class="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        {empty !== null ? (
          <tbody class="govuk-table__body">
            <tr class="govuk-table__row">
              <td class="govuk-table__cell">{empty}</td>
            </tr>
          </tbody>
        ) : (
          children
        )}
      </table>
    </div>
  );
}

function Indicators({ d }: { d: Dashboard }) {
  const { t, pick, date, lang } = useI18n();
  const titles = new Map(d.services.map((s) => [s.serviceId, pick(s.title)]));
  const maxRegistered = Math.max(
    1,
    ...d.services.map((s) => s.registered),
    ...d.providers.map((p) => p.registered),
  );
  const stepMax = Math.max(1, ...d.steps.map((s) => Math.max(s.avgHours, s.normAvgHours ?? 0)));
  const refusalMax = Math.max(1, ...d.refusals.map((r) => r.count));
  const head = (label: string, numeric = false) => (
    <th scope="col" class={`govuk-table__header${numeric ? ' govuk-table__header--numeric' : ''}`}>
      {label}
    </th>
  );
  /** A number cell; `overdue` marks it as the overdue figures are marked. */
  const num = (v: string | number, overdue = false) => (
    <td class={`govuk-table__cell govuk-table__cell--numeric${overdue ? ' ruqsat-overdue' : ''}`}>{v}</td>
  );
  const figureHeads = (
    <>
      {head(t('desk.dash.registered'), true)}
      <td class="govuk-table__header" />
      {head(t('desk.dash.finished'), true)}
      {head(t('desk.dash.onTimeShare'), true)}
      {head(t('desk.dash.overdueNow'), true)}
    </>
  );
  const figureCells = (f: Figures) => (
    <>
      {num(f.registered)}
      <td class="govuk-table__cell">
        <Bar value={f.registered} max={maxRegistered} />
      </td>
      {num(f.finished)}
      {num(f.onTimeShare === null ? '—' : t('desk.dash.percent', { n: share(f.onTimeShare) }))}
      {num(f.overdueNow, f.overdueNow > 0)}
    </>
  );
  return (
    <>
      <p class="govuk-body-s">
        {date(d.filter.from)} — {date(d.filter.to)}
      </p>
      <div class="govuk-grid-row">
        {(
          [
            [t('desk.dash.registered'), String(d.totals.registered)],
            [t('desk.dash.finished'), String(d.totals.finished)],
            [
              t('desk.dash.onTimeShare'),
              d.totals.onTimeShare === null
                ? '—'
                : t('desk.dash.percent', { n: share(d.totals.onTimeShare) }),
            ],
            [t('desk.dash.overdueNow'), String(d.totals.overdueNow)],
          ] as const
        ).map(([label, value]) => (
          <div class="govuk-grid-column-one-quarter" key={label}>
            <p class="govuk-body govuk-!-margin-bottom-1">{label}</p>
            <p class="govuk-heading-l">{value}</p>
          </div>
        ))}
      </div>
      {d.totals.registered === 0 && <p class="govuk-body">{t('desk.dash.noData')}</p>}
      <p class="govuk-body-s">{t('desk.dash.chartNote')}</p>

      <div class="ruqsat-table-wrap">
        <table class="govuk-table">
          <caption class="govuk-table__caption govuk-table__caption--m">{t('desk.dash.byProvider')}</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              {head(t('desk.dash.provider'))}
              {figureHeads}
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {d.providers.map((p) => (
              <tr class="govuk-table__row" key={p.providerId}>
                <th scope="row" class="govuk-table__header">
                  {pick(p.name)}
                </th>
                {figureCells(p)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div class="ruqsat-table-wrap">
        <table class="govuk-table">
          <caption class="govuk-table__caption govuk-table__caption--m">{t('desk.dash.byService')}</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              {head(t('desk.dash.service'))}
              {figureHeads}
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {d.services.map((s) => (
              <tr class="govuk-table__row" key={s.serviceId}>
                <th scope="row" class="govuk-table__header">
                  <a class="govuk-link" href={`/services/${s.serviceId}`}>
                    {pick(s.title)}
                  </a>
                </th>
                {figureCells(s)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <CaptionedTable
        caption={t('desk.dash.steps')}
        empty={d.steps.length === 0 ? t('desk.dash.noSteps') : null}
      >
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            {head(t('desk.dash.step'))}
            {head(t('desk.dash.count'), true)}
            {head(t('desk.dash.avgHours'), true)}
            {head(t('desk.dash.normHours'), true)}
            <td class="govuk-table__header" />
            {head(t('desk.dash.p90Hours'), true)}
            {head(t('desk.dash.late'), true)}
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {d.steps.map((s) => {
            const over = s.normAvgHours !== null && s.avgHours > s.normAvgHours;
            return (
              <tr class="govuk-table__row" key={`${s.serviceId}/${s.stepId}`}>
                <th scope="row" class="govuk-table__header">
                  <StepName step={s} lang={lang} max={60} />
                  <span class="govuk-body-s" style={{ display: 'block', fontWeight: 'normal' }}>
                    {titles.get(s.serviceId) ?? s.serviceId}
                  </span>
                </th>
                {num(s.count)}
                {num(t('desk.dash.hours', { n: s.avgHours }), over)}
                {num(s.normAvgHours === null ? '—' : t('desk.dash.hours', { n: s.normAvgHours }))}
                <td class="govuk-table__cell">
                  <Bar value={s.avgHours} max={stepMax} warn={over} />
                  {s.normAvgHours !== null && <Bar value={s.normAvgHours} max={stepMax} />}
                </td>
                {num(t('desk.dash.hours', { n: s.p90Hours }))}
                {num(s.late, s.late > 0)}
              </tr>
            );
          })}
        </tbody>
      </CaptionedTable>

      <CaptionedTable
        caption={t('desk.dash.refusals')}
        empty={d.refusals.length === 0 ? t('desk.dash.noRefusals') : null}
      >
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            {head(t('desk.dash.ground'))}
            {head(t('desk.dash.paragraph'))}
            {head(t('desk.dash.count'), true)}
            <td class="govuk-table__header" />
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {d.refusals.map((r) => (
            <tr class="govuk-table__row" key={`${r.serviceId}/${r.groundId}`}>
              <th scope="row" class="govuk-table__header" style={{ fontWeight: 'normal' }}>
                <span>{r.text === null ? r.groundId : pick(r.text)}</span>
                <span class="govuk-body-s" style={{ display: 'block' }}>
                  {titles.get(r.serviceId) ?? r.serviceId}
                </span>
              </th>
              <td class="govuk-table__cell">{r.source === null ? '—' : sourceIn(r.source, lang)}</td>
              {num(r.count)}
              <td class="govuk-table__cell">
                <Bar value={r.count} max={refusalMax} />
              </td>
            </tr>
          ))}
        </tbody>
      </CaptionedTable>

      <CaptionedTable
        caption={t('desk.dash.visits')}
        empty={d.visits.length === 0 ? t('desk.dash.noVisits') : null}
      >
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            {head(t('desk.dash.service'))}
            {head(t('desk.dash.visitCount'), true)}
            {head(t('desk.dash.avgWait'), true)}
            {head(t('desk.dash.waitedOver'), true)}
            {head(t('desk.dash.avgService'), true)}
            {head(t('desk.dash.servedOver'), true)}
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {d.visits.map((v) => (
            <tr class="govuk-table__row" key={`${v.unitId ?? ''}/${v.serviceId}`}>
              <th scope="row" class="govuk-table__header" style={{ fontWeight: 'normal' }}>
                {titles.get(v.serviceId) ?? v.serviceId}
                {v.unitId !== null && (
                  <span class="govuk-body-s" style={{ display: 'block' }}>
                    {v.unitId}
                  </span>
                )}
              </th>
              {num(v.visits)}
              {num(v.avgWaitMinutes === null ? '—' : t('board.minutes', { n: Math.round(v.avgWaitMinutes) }))}
              {num(v.waitLimited ? v.waitedOver + v.waitingOverNow : t('desk.dash.noLimit'))}
              {num(
                v.avgServiceMinutes === null
                  ? '—'
                  : t('board.minutes', { n: Math.round(v.avgServiceMinutes) }),
              )}
              {num(v.serviceLimited ? v.servedOver : t('desk.dash.noLimit'))}
            </tr>
          ))}
        </tbody>
      </CaptionedTable>
    </>
  );
}
