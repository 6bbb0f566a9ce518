/**
 * The office board for the clerk (GET /official/visits/board): who is waiting and how long,
 * longest wait first, then who is being served; a visit past the act's limit (seed 004 7-т.:
 * 20 minutes to wait, 20 to be served) is marked in words and colour. The clerk records an
 * arrival, calls the next visitor and finishes. It asks the server again every
 * `refreshSeconds` (the minutes are the server's clock, not this browser's).
 */
import { useEffect, useState } from 'preact/hooks';
import { api, read } from '../api/client.ts';
import type { ServiceSummary } from '../api/types.ts';
import { ErrorSummary, Show, useLoad } from '../components/async.tsx';
import { RequireLogin } from '../components/require-login.tsx';
import { useI18n } from '../i18n.ts';
import type { Official } from './desk.tsx';

interface BoardVisit {
  id: string;
  ticket: number;
  serviceId: string;
  arrivedAt: string;
  calledAt: string | null;
  waitedMinutes: number;
  servedMinutes: number | null;
  waitOver: boolean | null;
  serviceOver: boolean | null;
  limits: { wait: { ms: number } | null; service: { ms: number } | null };
}
interface Board {
  now: string;
  waiting: BoardVisit[];
  serving: BoardVisit[];
  overLimit: { waiting: number; serving: number };
  refreshSeconds: number;
}

export function BoardPage() {
  return <RequireLogin kind="official">{(me) => <OfficeBoard me={me} />}</RequireLogin>;
}

function OfficeBoard({ me }: { me: Official }) {
  const { t, pick, dateTime } = useI18n();
  const [loaded, reload] = useLoad(async () => {
    const [board, services] = await Promise.all([
      read<Board>(api.GET('/api/v1/official/visits/board')),
      read<ServiceSummary[]>(api.GET('/api/v1/services')),
    ]);
    return { board, services: services.filter((s) => s.providerId === me.providerId) };
  }, [me.login]);
  const [error, setError] = useState<unknown>(null);
  const [serviceId, setServiceId] = useState('');
  // One key per arrival: a retried click records one ticket, not two.
  const [arrivalKey, setArrivalKey] = useState(() => crypto.randomUUID());
  const every = loaded.state === 'ready' ? loaded.value.board.refreshSeconds : 15;
  useEffect(() => {
    const timer = setInterval(reload, every * 1000);
    return () => clearInterval(timer);
  }, [every, reload]);

  const act = async (send: () => Promise<unknown>) => {
    setError(null);
    try {
      await send();
    } catch (e) {
      setError(e);
    }
    reload();
  };
  const call = (id: string) =>
    act(() => read(api.POST('/api/v1/official/visits/{id}/call', { params: { path: { id } } })));
  const finish = (id: string) =>
    act(() => read(api.POST('/api/v1/official/visits/{id}/finish', { params: { path: { id } }, body: {} })));
  const minutesText = (n: number | null) => (n === null ? '—' : t('board.minutes', { n }));
  const limitText = (ms: number | undefined) =>
    ms === undefined ? t('board.noLimit') : t('board.limit', { n: Math.round(ms / 60_000) });
  const over = (flag: boolean | null) =>
    flag === true ? <strong class="govuk-tag govuk-tag--red">{t('board.over')}</strong> : null;

  return (
    <>
      <h1 class="govuk-heading-l">{t('board.title')}</h1>
      <p class="govuk-body">{t('board.lead')}</p>
      <ErrorSummary error={error} />
      <Show loaded={loaded}>
        {({ board, services }) => {
          const title = (id: string) => pick(services.find((s) => s.id === id)?.title) || id;
          const next = board.waiting[0];
          return (
            <>
              <form
                class="ruqsat-board-arrival"
                onSubmit={(e) => {
                  e.preventDefault();
                  if (serviceId === '') return;
                  void act(async () => {
                    await read(
                      api.POST('/api/v1/official/visits', {
                        headers: { 'Idempotency-Key': arrivalKey },
                        body: { serviceId },
                      }),
                    );
                    setArrivalKey(crypto.randomUUID());
                  });
                }}
              >
                <div class="govuk-form-group">
                  <label class="govuk-label" for="board-service">
                    {t('board.service')}
                  </label>
                  <select
                    class="govuk-select"
                    id="board-service"
                    value={serviceId}
                    onChange={(e) => setServiceId(e.currentTarget.value)}
                  >
                    <option value="">{t('board.chooseService')}</option>
                    {services.map((s) => (
                      <option value={s.id} key={s.id}>
                        {pick(s.title)}
                      </option>
                    ))}
                  </select>
                </div>
                <div class="govuk-button-group">
                  <button type="submit" class="govuk-button" disabled={serviceId === ''}>
                    {t('board.arrive')}
                  </button>
                  {next !== undefined && (
                    <button
                      type="button"
                      class="govuk-button govuk-button--secondary"
                      onClick={() => void call(next.id)}
                    >
                      {t('board.callNext', { ticket: next.ticket })}
                    </button>
                  )}
                  <button type="button" class="govuk-button govuk-button--secondary" onClick={reload}>
                    {t('board.refresh')}
                  </button>
                </div>
              </form>
              <p class="govuk-body" role="status" aria-live="polite">
                {t('board.status', {
                  waiting: board.waiting.length,
                  over: board.overLimit.waiting,
                  time: dateTime(board.now),
                  seconds: board.refreshSeconds,
                })}
              </p>
              <div class="ruqsat-table-wrap">
                <table class="govuk-table ruqsat-cards">
                  <caption class="govuk-table__caption govuk-table__caption--m">
                    {t('board.waitingCaption', { n: board.waiting.length })}
                  </caption>
                  <thead class="govuk-table__head">
                    <tr class="govuk-table__row">
                      <th scope="col" class="govuk-table__header">
                        {t('board.col.ticket')}
                      </th>
                      <th scope="col" class="govuk-table__header">
                        {t('board.col.service')}
                      </th>
                      <th scope="col" class="govuk-table__header">
                        {t('board.col.arrived')}
                      </th>
                      <th scope="col" class="govuk-table__header">
                        {t('board.col.waited')}
                      </th>
                      <th scope="col" class="govuk-table__header">
                        {t('board.col.limit')}
                      </th>
                      <th scope="col" class="govuk-table__header">
                        {t('board.col.action')}
                      </th>
                    </tr>
                  </thead>
                  <tbody class="govuk-table__body">
                    {board.waiting.map((v) => (
                      <tr
                        class={`govuk-table__row${v.waitOver === true ? ' ruqsat-board-over' : ''}`}
                        key={v.id}
                      >
                        <th scope="row" class="govuk-table__header">
                          {v.ticket}
                        </th>
                        <td class="govuk-table__cell" data-label={t('board.col.service')}>
                          {title(v.serviceId)}
                        </td>
                        <td class="govuk-table__cell" data-label={t('board.col.arrived')}>
                          {dateTime(v.arrivedAt)}
                        </td>
                        <td class="govuk-table__cell" data-label={t('board.col.waited')}>
                          {minutesText(v.waitedMinutes)} {over(v.waitOver)}
                        </td>
                        <td class="govuk-table__cell" data-label={t('board.col.limit')}>
                          {limitText(v.limits.wait?.ms)}
                        </td>
                        <td class="govuk-table__cell" data-label={t('board.col.action')}>
                          <button
                            type="button"
                            class="govuk-button govuk-button--secondary ruqsat-board-button"
                            onClick={() => void call(v.id)}
                          >
                            {t('board.call')}
                            <span class="govuk-visually-hidden">
                              {' '}
                              {t('board.ticket', { ticket: v.ticket })}
                            </span>
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {board.waiting.length === 0 && <p class="govuk-body">{t('board.emptyWaiting')}</p>}
              <div class="ruqsat-table-wrap">
                <table class="govuk-table ruqsat-cards">
                  <caption class="govuk-table__caption govuk-table__caption--m">
                    {t('board.servingCaption', { n: board.serving.length })}
                  </caption>
                  <thead class="govuk-table__head">
                    <tr class="govuk-table__row">
                      <th scope="col" class="govuk-table__header">
                        {t('board.col.ticket')}
                      </th>
                      <th scope="col" class="govuk-table__header">
                        {t('board.col.service')}
                      </th>
                      <th scope="col" class="govuk-table__header">
                        {t('board.col.waited')}
                      </th>
                      <th scope="col" class="govuk-table__header">
                        {t('board.col.served')}
                      </th>
                      <th scope="col" class="govuk-table__header">
                        {t('board.col.limit')}
                      </th>
                      <th scope="col" class="govuk-table__header">
                        {t('board.col.action')}
                      </th>
                    </tr>
                  </thead>
                  <tbody class="govuk-table__body">
                    {board.serving.map((v) => (
                      <tr
                        class={`govuk-table__row${v.serviceOver === true ? ' ruqsat-board-over' : ''}`}
                        key={v.id}
                      >
                        <th scope="row" class="govuk-table__header">
                          {v.ticket}
                        </th>
                        <td class="govuk-table__cell" data-label={t('board.col.service')}>
                          {title(v.serviceId)}
                        </td>
                        <td class="govuk-table__cell" data-label={t('board.col.waited')}>
                          {minutesText(v.waitedMinutes)} {over(v.waitOver)}
                        </td>
                        <td class="govuk-table__cell" data-label={t('board.col.served')}>
                          {minutesText(v.servedMinutes)} {over(v.serviceOver)}
                        </td>
                        <td class="govuk-table__cell" data-label={t('board.col.limit')}>
                          {limitText(v.limits.service?.ms)}
                        </td>
                        <td class="govuk-table__cell" data-label={t('board.col.action')}>
                          {/* Registering the paper there ends this visit and links it (paper-intake visitId). */}
                          <a
                            class="govuk-button ruqsat-board-button"
                            role="button"
                            href={`/desk/intake?${new URLSearchParams({ visit: v.id, service: v.serviceId, ticket: String(v.ticket) }).toString()}`}
                          >
                            {t('board.register')}
                            <span class="govuk-visually-hidden">
                              {' '}
                              {t('board.ticket', { ticket: v.ticket })}
                            </span>
                          </a>{' '}
                          <button
                            type="button"
                            class="govuk-button govuk-button--secondary ruqsat-board-button"
                            onClick={() => void finish(v.id)}
                          >
                            {t('board.finish')}
                            <span class="govuk-visually-hidden">
                              {' '}
                              {t('board.ticket', { ticket: v.ticket })}
                            </span>
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {board.serving.length === 0 && <p class="govuk-body">{t('board.emptyServing')}</p>}
            </>
          );
        }}
      </Show>
    </>
  );
}
