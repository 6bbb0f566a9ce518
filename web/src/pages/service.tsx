/**
 * A service's passport in plain words: what it gives, who provides it, channels, the documents
 * per applicant type, fee in tenge and MCI, the deadline, refusal grounds, the legal basis with
 * the paragraph of each value, and the process diagram generated from the catalog.
 */
import { useState } from 'preact/hooks';
import { api, read } from '../api/client.ts';
import type { ApplicantType, Passport, ServiceDetail } from '../api/types.ts';
import { Show, useLoad } from '../components/async.tsx';
import { DeadlineText, FeeText, Source } from '../components/catalog-text.tsx';
import { StepName } from '../components/step-name.tsx';
import { useI18n, type Key } from '../i18n.ts';

export function ServicePage({ id }: { id: string }) {
  const { t, pick, lang } = useI18n();
  const [loaded] = useLoad(
    () =>
      Promise.all([
        read<ServiceDetail>(api.GET('/api/v1/services/{id}', { params: { path: { id } } })),
        read<Passport>(api.GET('/api/v1/services/{id}/passport', { params: { path: { id } } })),
      ]),
    [id],
  );
  const [applicantType, setApplicantType] = useState<ApplicantType | ''>('');
  return (
    <Show loaded={loaded}>
      {([service, passport]) => {
        const caseIds = passport.cases.map((c) => c.id);
        return (
          <>
            <a href="/" class="govuk-back-link">
              {t('common.back')}
            </a>
            <span class="govuk-caption-l">{pick(service.provider)}</span>
            <h1 class="govuk-heading-l">{pick(service.title)}</h1>
            {service.repealed && (
              <div class="govuk-warning-text">
                <span class="govuk-warning-text__icon" aria-hidden="true">
                  !
                </span>
                <strong class="govuk-warning-text__text">{t('service.repealed')}</strong>
              </div>
            )}
            {service.description !== null && <p class="govuk-body-l">{pick(service.description)}</p>}
            {/* The seeds are Kazakh originals: every ru/en catalog text is Ruqsat's wording. */}
            {lang !== 'kk' && <p class="govuk-inset-text">{t('service.translated')}</p>}
            <dl class="govuk-summary-list">
              <Row label={t('service.gives')}>
                {service.results
                  .filter((r) => r.kind !== 'reasoned-refusal')
                  .map((r) => (
                    <p class="govuk-body" key={r.id}>
                      {pick(r.name)} <Source source={r.source} />
                    </p>
                  ))}
              </Row>
              <Row label={t('service.provider')}>{pick(service.provider)}</Row>
              <Row label={t('service.channels')}>
                {service.channels.map((c) => t(`channel.${c}` as Key)).join(', ')}
              </Row>
              <Row label={t('service.applicants')}>
                {service.applicantTypes.map((a) => t(`applicantType.${a}` as Key)).join(', ')}
              </Row>
              <Row label={t('service.basis')}>
                {service.act.number} ({service.act.date}) — {service.act.title}{' '}
                {service.actText[lang] !== null && (
                  <a
                    class="govuk-link"
                    href={service.actText[lang] ?? undefined}
                    rel="noopener noreferrer"
                    target="_blank"
                  >
                    {t('service.actText')}
                  </a>
                )}
              </Row>
            </dl>
            {passport.cases.map((c) => (
              <section key={c.id} aria-labelledby={`case-${c.id}`}>
                <h2 class="govuk-heading-m" id={`case-${c.id}`}>
                  {pick(c.title)}
                </h2>
                <dl class="govuk-summary-list">
                  <Row label={t('service.deadline')}>
                    <DeadlineText deadline={c.deadline} deferredTo={c.deadlineDeferredTo} />
                  </Row>
                  <Row label={t('service.fee')}>
                    <FeeText fee={c.fee} />
                  </Row>
                </dl>
              </section>
            ))}
            <h2 class="govuk-heading-m">{t('service.documents')}</h2>
            <div class="govuk-form-group">
              <label class="govuk-label" for="doc-applicant">
                {t('service.documentsFor')}
              </label>
              <select
                class="govuk-select"
                id="doc-applicant"
                value={applicantType}
                onChange={(e) => setApplicantType(e.currentTarget.value as ApplicantType | '')}
              >
                <option value="">{t('catalog.all')}</option>
                {service.applicantTypes.map((a) => (
                  <option key={a} value={a}>
                    {t(`applicantType.${a}` as Key)}
                  </option>
                ))}
              </select>
            </div>
            <ul class="govuk-list govuk-list--bullet">
              {service.documents
                .filter(
                  (d) =>
                    applicantType === '' ||
                    d.applicantTypes.length === 0 ||
                    d.applicantTypes.includes(applicantType),
                )
                .map((d) => (
                  <li key={d.id}>
                    {pick(d.name)}
                    {d.cases.length > 0 && d.cases.length < caseIds.length && (
                      <span class="govuk-body-s">
                        {' '}
                        (
                        {d.cases.map((id) => pick(passport.cases.find((c) => c.id === id)?.title)).join(', ')}
                        )
                      </span>
                    )}{' '}
                    {d.obtainedFrom !== null && (
                      <strong class="govuk-tag govuk-tag--green">{t('service.fromStateDb')}</strong>
                    )}{' '}
                    <Source source={d.source} />
                  </li>
                ))}
            </ul>
            <h2 class="govuk-heading-m">{t('service.refusalGrounds')}</h2>
            <ol class="govuk-list govuk-list--number">
              {service.refusalGrounds.map((g) => (
                <li key={g.id}>
                  {pick(g.text)} <Source source={g.source} />
                </li>
              ))}
            </ol>
            <h2 class="govuk-heading-m">{t('service.process')}</h2>
            <details class="govuk-details">
              <summary class="govuk-details__summary">
                <span class="govuk-details__summary-text">{t('service.steps')}</span>
              </summary>
              <div class="govuk-details__text">
                {service.cases.map((c) => (
                  <ol class="govuk-list govuk-list--number" key={c.id} aria-label={pick(c.title)}>
                    {c.steps.map((s) => (
                      <li key={`${s.process}-${s.id}`}>
                        <StepName step={s} lang={lang} /> —{' '}
                        {s.roleKind === null ? s.role : t(`role.${s.roleKind}` as Key)}
                        {s.duration !== null && (
                          <>
                            {' '}
                            (
                            {t('service.stepDuration', {
                              d: String(s.duration.amount),
                              unit: t(`unit.${s.duration.unit}` as Key),
                            })}
                            )
                          </>
                        )}
                      </li>
                    ))}
                  </ol>
                ))}
              </div>
            </details>
            {/* Scrolls sideways on a phone: a focusable region, so the keyboard can scroll it too. */}
            <div class="ruqsat-diagram" role="region" aria-label={t('service.process')} tabIndex={0}>
              <img
                src={`/api/v1/services/${service.id}/diagram.svg`}
                alt={t('service.diagramAlt')}
                loading="lazy"
              />
            </div>
            <p class="govuk-body govuk-!-margin-top-6">
              <a class="govuk-button" href={`/apply/${service.id}`} role="button">
                {t('service.apply')}
              </a>
            </p>
          </>
        );
      }}
    </Show>
  );
}

function Row({ label, children }: { label: string; children: preact.ComponentChildren }) {
  return (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key">{label}</dt>
      <dd class="govuk-summary-list__value">{children}</dd>
    </div>
  );
}
