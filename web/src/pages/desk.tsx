/**
 * The official's work queue: the current steps of my role at my provider (and, for clerks,
 * submissions to register), overdue ones on top, then the soonest due; time left in working
 * hours and minutes. Each row links to the case page.
 */
import { api, read } from '../api/client.ts';
import type { Principal, QueueItem, ServiceSummary } from '../api/types.ts';
import { Show, useLoad } from '../components/async.tsx';
import { useI18n, type Key, type Translate } from '../i18n.ts';
import { RequireLogin } from '../components/require-login.tsx';
import { StepName } from '../components/step-name.tsx';

export type Official = Extract<Principal, { kind: 'official' }>;

/** "2 сағ 15 мин": working minutes as hours and minutes, in the page's language. */
export function workingTime(minutes: number, t: Translate): string {
  const abs = Math.abs(Math.round(minutes));
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return h === 0 ? t('desk.time.m', { m }) : t('desk.time.hm', { h, m });
}

/** Time left, or how long overdue: marked in words and by colour, never by colour alone. */
export function TimeLeft({ minutes }: { minutes: number | null }) {
  const { t } = useI18n();
  if (minutes === null) return <span>{t('desk.noDue')}</span>;
  if (minutes < 0)
    return (
      <span class="ruqsat-overdue">
        <strong class="govuk-tag govuk-tag--red">{t('desk.overdue')}</strong>{' '}
        {t('desk.time.overdueBy', { time: workingTime(minutes, t) })}
      </span>
    );
  return <span class="ruqsat-nowrap">{t('desk.time.left', { time: workingTime(minutes, t) })}</span>;
}

/** The act's words for a step, cut at a word near `max` characters. */
export function shorten(text: string, max = 90): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}

// The server's working-time count (its clock, the office's hours), not this browser's clock.
const isOverdue = (item: QueueItem) => item.workingMinutesLeft !== null && item.workingMinutesLeft < 0;

/** Overdue first, then the soonest due; items without a term last. */
export function queueOrder(items: QueueItem[]): QueueItem[] {
  const due = (i: QueueItem) => (i.due === null ? Number.POSITIVE_INFINITY : Date.parse(i.due));
  return [...items].sort((a, b) => Number(isOverdue(b)) - Number(isOverdue(a)) || due(a) - due(b));
}

export function DeskPage() {
  return <RequireLogin kind="official">{(me) => <Queue me={me} />}</RequireLogin>;
}

function Queue({ me }: { me: Official }) {
  const { t, pick, dateTime, lang } = useI18n();
  const [loaded, reload] = useLoad(async () => {
    const [items, services] = await Promise.all([
      read<QueueItem[]>(api.GET('/api/v1/official/queue')),
      read<ServiceSummary[]>(api.GET('/api/v1/services')),
    ]);
    return { items, services };
  }, [me.login]);
  return (
    <>
      <h1 class="govuk-heading-l">{t('desk.title')}</h1>
      <p class="govuk-body">{t('desk.lead', { role: t(`role.${me.role}` as Key) })}</p>
      <div class="govuk-button-group">
        <button type="button" class="govuk-button govuk-button--secondary" onClick={reload}>
          {t('desk.refresh')}
        </button>
        {['office-clerk', 'state-corporation-operator'].includes(me.role) && (
          <a class="govuk-link" href="/desk/intake">
            {t('desk.intake')}
          </a>
        )}
      </div>
      <Show loaded={loaded}>
        {({ items, services }) => {
          const titles = new Map(services.map((s) => [s.id, s.title]));
          const sorted = queueOrder(items);
          const overdue = sorted.filter((i) => isOverdue(i)).length;
          if (sorted.length === 0)
            return (
              <p class="govuk-body" role="status">
                {t('desk.empty')}
              </p>
            );
          return (
            <>
              <p class="govuk-body" role="status">
                {overdue > 0 ? (
                  <strong class="ruqsat-overdue">{t('desk.overdueCount', { n: overdue })}</strong>
                ) : (
                  t('desk.overdueCount', { n: 0 })
                )}
              </p>
              <div class="ruqsat-table-wrap">
                <table class="govuk-table ruqsat-cards">
                  <caption class="govuk-table__caption govuk-table__caption--m">
                    {t('desk.caption', { n: sorted.length })}
                  </caption>
                  <thead class="govuk-table__head">
                    <tr class="govuk-table__row">
                      <th scope="col" class="govuk-table__header">
                        {t('desk.col.number')}
                      </th>
                      <th scope="col" class="govuk-table__header">
                        {t('desk.col.applicant')}
                      </th>
                      <th scope="col" class="govuk-table__header">
                        {t('desk.col.service')}
                      </th>
                      <th scope="col" class="govuk-table__header">
                        {t('desk.col.step')}
                      </th>
                      <th scope="col" class="govuk-table__header">
                        {t('desk.col.due')}
                      </th>
                      <th scope="col" class="govuk-table__header">
                        {t('desk.col.left')}
                      </th>
                      <th scope="col" class="govuk-table__header">
                        {t('desk.col.deadline')}
                      </th>
                    </tr>
                  </thead>
                  <tbody class="govuk-table__body">
                    {sorted.map((item) => {
                      const late = isOverdue(item);
                      return (
                        <tr class="govuk-table__row" key={item.applicationId}>
                          <th scope="row" class="govuk-table__header">
                            <a class="govuk-link" href={`/desk/cases/${item.applicationId}`}>
                              {item.inboundNumber ?? t('desk.notRegistered')}
                              <span class="govuk-visually-hidden">
                                {' '}
                                — {t('desk.openCase')}
                                {late ? ` (${t('desk.overdue')})` : ''}
                              </span>
                            </a>
                          </th>
                          <td class="govuk-table__cell" data-label={t('desk.col.applicant')}>
                            {item.applicant}
                          </td>
                          <td class="govuk-table__cell" data-label={t('desk.col.service')}>
                            {pick(titles.get(item.serviceId)) || item.serviceId}
                          </td>
                          <td class="govuk-table__cell" data-label={t('desk.col.step')}>
                            {item.step.action === 'register' ? (
                              t('desk.step.register')
                            ) : (
                              <StepName step={item.step} lang={lang} max={90} />
                            )}
                          </td>
                          <td class="govuk-table__cell" data-label={t('desk.col.due')}>
                            {dateTime(item.due)}
                          </td>
                          <td class="govuk-table__cell" data-label={t('desk.col.left')}>
                            <TimeLeft minutes={item.workingMinutesLeft} />
                          </td>
                          <td class="govuk-table__cell" data-label={t('desk.col.deadline')}>
                            {dateTime(item.deadline)}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            </>
          );
        }}
      </Show>
    </>
  );
}
