/**
 * What the state databases already hold about the applicant (person or legal entity), shown for
 * confirmation instead of being attached.
 */
import type { DocumentReq } from '../../api/types.ts';
import { Show, type Loaded } from '../../components/async.tsx';
import { SummaryRow } from '../../components/summary-row.tsx';
import { useI18n } from '../../i18n.ts';

/** `GET /api/v1/applicant/state-data`. */
export interface StateData {
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

export function StateDataSection({
  documents,
  stateData,
  confirmed,
  onConfirm,
}: {
  documents: DocumentReq[];
  stateData: Loaded<StateData>;
  confirmed: boolean;
  onConfirm: (confirmed: boolean) => void;
}) {
  const { t, date, lang, pick } = useI18n();
  return (
    <section aria-labelledby="state-data">
      <h3 class="govuk-heading-s" id="state-data">
        {t('wizard.stateData')}
      </h3>
      <p class="govuk-body">{t('wizard.stateDataLead')}</p>
      <ul class="govuk-list govuk-list--bullet">
        {documents.map((d) => (
          <li key={d.id}>{pick(d.name)}</li>
        ))}
      </ul>
      <Show loaded={stateData}>
        {(data) => (
          <dl class="govuk-summary-list">
            {data.individual != null && (
              <>
                <SummaryRow label={t('wizard.fullName')}>
                  {`${data.individual.lastName} ${data.individual.firstName} ${data.individual.patronymic ?? ''}`}
                </SummaryRow>
                <SummaryRow label="ИИН / IIN">{data.individual.iin}</SummaryRow>
                <SummaryRow label={t('wizard.birthDate')}>{date(data.individual.birthDate)}</SummaryRow>
                <SummaryRow label={t('wizard.address')}>{data.individual.address}</SummaryRow>
              </>
            )}
            {data.legalEntity != null && (
              <>
                <SummaryRow label={t('wizard.orgName')}>
                  {lang === 'ru' ? data.legalEntity.name.ru : data.legalEntity.name.kk}
                </SummaryRow>
                <SummaryRow label="БСН / БИН / BIN">{data.legalEntity.bin}</SummaryRow>
                <SummaryRow label={t('wizard.registered')}>
                  {date(data.legalEntity.registrationDate)}
                </SummaryRow>
                <SummaryRow label={t('wizard.address')}>{data.legalEntity.address}</SummaryRow>
                <SummaryRow label={t('wizard.head')}>{data.legalEntity.head.name}</SummaryRow>
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
            onChange={(e) => onConfirm(e.currentTarget.checked)}
          />
          <label class="govuk-label govuk-checkboxes__label" for="state-data-confirm">
            {t('wizard.stateDataConfirm')}
          </label>
        </div>
      </div>
    </section>
  );
}
