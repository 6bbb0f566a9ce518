/** The home page: every service, searchable, filtered by provider and by what it gives. */
import { useState } from 'preact/hooks';
import { api, read } from '../api/client.ts';
import type { ServiceSummary } from '../api/types.ts';
import { Show, useLoad } from '../components/async.tsx';
import { useI18n, type Key } from '../i18n.ts';

export function CatalogPage() {
  const { t, pick, lang } = useI18n();
  const [loaded] = useLoad(() => read<ServiceSummary[]>(api.GET('/api/v1/services')), []);
  const [query, setQuery] = useState('');
  const [provider, setProvider] = useState('');
  const [kind, setKind] = useState('');
  return (
    <>
      <h1 class="govuk-heading-xl">{t('catalog.title')}</h1>
      <p class="govuk-body-l">{t('catalog.lead')}</p>
      <Show loaded={loaded}>
        {(versions) => {
          // One entry per service: the version in force over a repealed one of the same id.
          const byId = new Map<string, ServiceSummary>();
          for (const v of versions) if (byId.get(v.id)?.status !== 'in-force') byId.set(v.id, v);
          const services = [...byId.values()];
          const providers = [...new Map(services.map((s) => [s.providerId, pick(s.provider)])).entries()];
          const kinds = [...new Set(services.map((s) => s.kind))];
          const words = query.toLocaleLowerCase(lang).split(/\s+/).filter(Boolean);
          const shown = services.filter(
            (s) =>
              (provider === '' || s.providerId === provider) &&
              (kind === '' || s.kind === kind) &&
              words.every((w) =>
                `${pick(s.title)} ${s.title.kk ?? ''} ${pick(s.provider)}`
                  .toLocaleLowerCase(lang)
                  .includes(w),
              ),
          );
          return (
            <>
              <form role="search" class="govuk-grid-row" onSubmit={(e) => e.preventDefault()}>
                <div class="govuk-form-group govuk-grid-column-one-half">
                  <label class="govuk-label" for="catalog-search">
                    {t('catalog.search')}
                  </label>
                  <input
                    class="govuk-input"
                    id="catalog-search"
                    type="search"
                    value={query}
                    onInput={(e) => setQuery(e.currentTarget.value)}
                  />
                </div>
                <div class="govuk-form-group govuk-grid-column-one-quarter">
                  <label class="govuk-label" for="catalog-provider">
                    {t('catalog.provider')}
                  </label>
                  <select
                    class="govuk-select"
                    id="catalog-provider"
                    value={provider}
                    onChange={(e) => setProvider(e.currentTarget.value)}
                  >
                    <option value="">{t('catalog.all')}</option>
                    {providers.map(([id, name]) => (
                      <option key={id} value={id}>
                        {name}
                      </option>
                    ))}
                  </select>
                </div>
                <div class="govuk-form-group govuk-grid-column-one-quarter">
                  <label class="govuk-label" for="catalog-kind">
                    {t('catalog.kind')}
                  </label>
                  <select
                    class="govuk-select"
                    id="catalog-kind"
                    value={kind}
                    onChange={(e) => setKind(e.currentTarget.value)}
                  >
                    <option value="">{t('catalog.all')}</option>
                    {kinds.map((k) => (
                      <option key={k} value={k}>
                        {t(`kind.${k}` as Key)}
                      </option>
                    ))}
                  </select>
                </div>
              </form>
              <p class="govuk-body" role="status" aria-live="polite">
                {t('catalog.count', { n: shown.length })}
              </p>
              <ServiceList level={2} services={shown.filter((s) => s.status === 'in-force')} />
              {shown.some((s) => s.status !== 'in-force') && (
                <>
                  <h2 class="govuk-heading-m govuk-!-margin-top-6">{t('catalog.archive')}</h2>
                  <p class="govuk-body">{t('catalog.archiveLead')}</p>
                  <ServiceList level={3} services={shown.filter((s) => s.status !== 'in-force')} />
                </>
              )}
            </>
          );
        }}
      </Show>
    </>
  );
}

/** Services as cards; those of a repealed act are marked so. */
function ServiceList({ services, level }: { services: ServiceSummary[]; level: 2 | 3 }) {
  const { t, pick } = useI18n();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <ul class="ruqsat-card-list">
      {services.map((s) => (
        <li key={s.id}>
          <Heading class="govuk-heading-s govuk-!-margin-bottom-1">
            <a class="govuk-link" href={`/services/${s.id}`}>
              {pick(s.title)}
            </a>
          </Heading>
          <p class="govuk-body-s govuk-!-margin-bottom-1">{pick(s.provider)}</p>
          <strong class="govuk-tag govuk-tag--blue">{t(`kind.${s.kind}` as Key)}</strong>{' '}
          {s.status !== 'in-force' && (
            <strong class="govuk-tag govuk-tag--grey">{t('catalog.repealed')}</strong>
          )}
        </li>
      ))}
    </ul>
  );
}
