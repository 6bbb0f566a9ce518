/**
 * The public registry: verify a permit by its number, or list a holder's permits by BIN/IIN;
 * a permit's page (also the QR link /p/:number) shows its status and history.
 */
import { useLocation } from 'preact-iso';
import { useState } from 'preact/hooks';
import { api, read } from '../api/client.ts';
import type { PublicPermitView, ServiceSummary, SignedDocumentView } from '../api/types.ts';

type PermitView = PublicPermitView & { documents: SignedDocumentView[] };
import { ErrorSummary, Show, useLoad } from '../components/async.tsx';
import { permitNounKey, permitStatusKey } from '../components/permit-status.ts';
import { useI18n, type Key } from '../i18n.ts';

export function RegistryPage() {
  const { t } = useI18n();
  const { route } = useLocation();
  const [value, setValue] = useState('');
  const [holderPermits, setHolderPermits] = useState<PublicPermitView[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const search = async () => {
    setError(null);
    setHolderPermits(null);
    const v = value.trim();
    if (/^\d{12}$/.test(v)) {
      try {
        setHolderPermits(
          await read<PublicPermitView[]>(
            api.GET('/api/v1/public/permits', { params: { query: { holder: v } } }),
          ),
        );
      } catch (e) {
        setError(e);
      }
    } else if (v !== '') route(`/registry/${encodeURIComponent(v)}`);
  };
  return (
    <>
      <h1 class="govuk-heading-l">{t('registry.title')}</h1>
      <p class="govuk-body">{t('registry.lead')}</p>
      <ErrorSummary error={error} />
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          void search();
        }}
      >
        <div class="govuk-form-group">
          <label class="govuk-label govuk-label--s" for="registry-query">
            {t('registry.query')}
          </label>
          <div class="govuk-hint" id="registry-query-hint">
            {t('registry.queryHint')}
          </div>
          <input
            class="govuk-input govuk-input--width-20"
            id="registry-query"
            aria-describedby="registry-query-hint"
            spellcheck={false}
            value={value}
            onInput={(e) => setValue(e.currentTarget.value)}
          />
        </div>
        <button type="submit" class="govuk-button">
          {t('registry.search')}
        </button>
      </form>
      {holderPermits !== null && (
        <section aria-live="polite">
          <h2 class="govuk-heading-m">{t('registry.holderPermits', { n: holderPermits.length })}</h2>
          <ul class="govuk-list">
            {holderPermits.map((p) => (
              <li key={p.number}>
                <a class="govuk-link" href={`/registry/${encodeURIComponent(p.number)}`}>
                  {p.number}
                </a>{' '}
                <StatusTag status={p.status} kind={p.kind} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

export function PermitPage({ number }: { number: string }) {
  const { t, pick, date, dateTime } = useI18n();
  const [loaded] = useLoad(
    () =>
      Promise.all([
        read<PermitView>(api.GET('/api/v1/public/permits/{number}', { params: { path: { number } } })),
        read<ServiceSummary[]>(api.GET('/api/v1/services')),
      ]),
    [number],
  );
  return (
    <>
      <a href="/registry" class="govuk-back-link">
        {t('registry.title')}
      </a>
      <Show loaded={loaded}>
        {([permit, services]) => (
          <>
            <span class="govuk-caption-l">{t(permitNounKey(permit.kind) as Key)}</span>
            <h1 class="govuk-heading-l">{permit.number}</h1>
            <p class="govuk-body-l" role="status">
              <StatusTag status={permit.status} kind={permit.kind} /> {t('registry.verified')}
            </p>
            <dl class="govuk-summary-list">
              <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">{t('registry.holder')}</dt>
                <dd class="govuk-summary-list__value">
                  {permit.holder} ({t(`holderKind.${permit.holderKind}` as Key)})
                </dd>
              </div>
              <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">{t('registry.service')}</dt>
                <dd class="govuk-summary-list__value">
                  <a class="govuk-link" href={`/services/${permit.serviceId}`}>
                    {pick(services.find((x) => x.id === permit.serviceId)?.title) || permit.serviceId}
                  </a>
                </dd>
              </div>
              <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">{t('registry.issuedAt')}</dt>
                <dd class="govuk-summary-list__value">{date(permit.issuedAt)}</dd>
              </div>
              {permit.suspendedUntil !== null && (
                <div class="govuk-summary-list__row">
                  <dt class="govuk-summary-list__key">{t('registry.suspendedUntil')}</dt>
                  <dd class="govuk-summary-list__value">{date(permit.suspendedUntil)}</dd>
                </div>
              )}
            </dl>
            {permit.appendices.length > 0 && (
              <>
                <h2 class="govuk-heading-m">{t('registry.appendices')}</h2>
                <ul class="govuk-list">
                  {permit.appendices.map((a) => (
                    <li key={a.number}>
                      {a.number} — {a.subtype} <StatusTag status={a.status} kind="appendix" />
                    </li>
                  ))}
                </ul>
              </>
            )}
            {permit.documents.length > 0 && (
              <>
                <h2 class="govuk-heading-m">{t('registry.documents')}</h2>
                <ul class="govuk-list">
                  {permit.documents.map((d) => (
                    <li key={`${d.kind}-${d.lang}-${d.sha256}`}>
                      <strong>{t(`document.${d.kind}` as Key)}</strong> ({d.lang}) —{' '}
                      {t('registry.signedBy', { who: d.signer, when: dateTime(d.signedAt) })}{' '}
                      <strong class={`govuk-tag govuk-tag--${d.verification.valid ? 'green' : 'red'}`}>
                        {d.verification.valid ? t('registry.signatureValid') : t('registry.signatureInvalid')}
                      </strong>
                      {!d.verification.valid && <span class="govuk-body-s"> {d.verification.message}</span>}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <h2 class="govuk-heading-m">{t('registry.history')}</h2>
            <table class="govuk-table">
              <caption class="govuk-visually-hidden">{t('registry.history')}</caption>
              <thead class="govuk-table__head">
                <tr class="govuk-table__row">
                  <th scope="col" class="govuk-table__header">
                    {t('common.when')}
                  </th>
                  <th scope="col" class="govuk-table__header">
                    {t('common.what')}
                  </th>
                </tr>
              </thead>
              <tbody class="govuk-table__body">
                {permit.history.map((h, i) => (
                  <tr class="govuk-table__row" key={i}>
                    <td class="govuk-table__cell">{dateTime(h.at)}</td>
                    <td class="govuk-table__cell">
                      {t(`historyAction.${h.action}` as Key)}
                      {h.ref !== null && h.ref !== undefined ? ` (${h.ref})` : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </Show>
    </>
  );
}

/** The status, its Russian form agreeing with the permit kind's name (./components/permit-status.ts). */
export function StatusTag({ status, kind }: { status: string; kind: string }) {
  const { t } = useI18n();
  const colour = status === 'active' ? 'green' : status === 'suspended' ? 'yellow' : 'red';
  return <strong class={`govuk-tag govuk-tag--${colour}`}>{t(permitStatusKey(status, kind) as Key)}</strong>;
}
