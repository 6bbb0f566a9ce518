/** The personal cabinet: my applications with status and working time left, and my inbox. */
import { api, read } from '../api/client.ts';
import type { InboxMessage, ServiceSummary } from '../api/types.ts';
import { Show, useLoad } from '../components/async.tsx';
import { RequireLogin } from '../components/require-login.tsx';
import { TimeLeft } from '../components/time-left.tsx';
import { useI18n, type Key } from '../i18n.ts';

interface MyApplication {
  id: string;
  serviceId: string;
  caseId: string;
  status: string;
  updatedAt: string;
  inboundNumber: string | null;
  deadline: string | null;
  workingMinutesLeft: number | null;
}

export function CabinetPage() {
  return <RequireLogin kind="applicant">{() => <Cabinet />}</RequireLogin>;
}

function Cabinet() {
  const { t, pick, dateTime, lang } = useI18n();
  const [loaded] = useLoad(
    () =>
      Promise.all([
        read<MyApplication[]>(api.GET('/api/v1/applications')),
        read<ServiceSummary[]>(api.GET('/api/v1/services')),
        read<InboxMessage[]>(api.GET('/api/v1/notifications')),
      ]),
    [],
  );
  return (
    <>
      <h1 class="govuk-heading-l">{t('cabinet.title')}</h1>
      <Show loaded={loaded}>
        {([applications, services, inbox]) => {
          const title = (id: string) =>
            pick(
              services.find((s) => s.id === id && s.status === 'in-force')?.title ??
                services.find((s) => s.id === id)?.title,
            );
          const sorted = [...applications].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
          return (
            <>
              <h2 class="govuk-heading-m">{t('cabinet.applications')}</h2>
              {sorted.length === 0 ? (
                <p class="govuk-body">
                  {t('cabinet.none')}{' '}
                  <a class="govuk-link" href="/">
                    {t('nav.services')}
                  </a>
                </p>
              ) : (
                <div
                  class="ruqsat-table-wrap"
                  role="region"
                  aria-label={t('cabinet.applications')}
                  tabIndex={0}
                >
                  <table class="govuk-table">
                    <caption class="govuk-visually-hidden">{t('cabinet.applications')}</caption>
                    <thead class="govuk-table__head">
                      <tr class="govuk-table__row">
                        <th scope="col" class="govuk-table__header">
                          {t('cabinet.service')}
                        </th>
                        <th scope="col" class="govuk-table__header">
                          {t('cabinet.number')}
                        </th>
                        <th scope="col" class="govuk-table__header">
                          {t('cabinet.status')}
                        </th>
                        <th scope="col" class="govuk-table__header">
                          {t('cabinet.timeLeft')}
                        </th>
                      </tr>
                    </thead>
                    <tbody class="govuk-table__body">
                      {sorted.map((a) => (
                        <tr class="govuk-table__row" key={a.id}>
                          <td class="govuk-table__cell">
                            <a
                              class="govuk-link"
                              href={
                                a.status === 'draft' ? `/apply/${a.serviceId}/${a.id}` : `/cabinet/${a.id}`
                              }
                            >
                              {title(a.serviceId)}
                            </a>
                          </td>
                          <td class="govuk-table__cell ruqsat-nowrap">{a.inboundNumber ?? '—'}</td>
                          <td class="govuk-table__cell">
                            <StatusTag status={a.status} />
                          </td>
                          <td class="govuk-table__cell">
                            <TimeLeft minutes={a.workingMinutesLeft} />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
              <p class="govuk-body">
                <a class="govuk-link" href="/cabinet/failure-reports">
                  {t('cabinet.failureReports')}
                </a>
              </p>
              <h2 class="govuk-heading-m">{t('cabinet.inbox')}</h2>
              {inbox.length === 0 ? (
                <p class="govuk-body">{t('cabinet.inboxEmpty')}</p>
              ) : (
                <ul class="ruqsat-card-list">
                  {inbox.map((m) => (
                    <li key={m.messageId}>
                      <p class="govuk-body-s govuk-!-margin-bottom-1">{dateTime(m.sentAt)}</p>
                      <p class="govuk-body govuk-!-margin-bottom-1">{m.text[lang]}</p>
                      <a class="govuk-link govuk-body-s" href={`/cabinet/${m.applicationId}`}>
                        {t('cabinet.open')}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </>
          );
        }}
      </Show>
    </>
  );
}

export function StatusTag({ status }: { status: string }) {
  const { t } = useI18n();
  const colour =
    { draft: 'grey', issued: 'green', delivered: 'green', refused: 'red', withdrawn: 'grey' }[status] ??
    'blue';
  return <strong class={`govuk-tag govuk-tag--${colour}`}>{t(`status.${status}` as Key)}</strong>;
}
