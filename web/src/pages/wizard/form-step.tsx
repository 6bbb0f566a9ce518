/** The form step: the act's form, checked as you type, saved as a draft or to go on. */
import { useState } from 'preact/hooks';
import { api, read } from '../../api/client.ts';
import type { ServiceDetail } from '../../api/types.ts';
import { Source } from '../../components/catalog-text.tsx';
import { useI18n } from '../../i18n.ts';
import { Fields, missingFields, type Values } from './form-fields.tsx';

export function FormStep({
  form,
  values: initial,
  applicationId,
  onSaved,
  onError,
}: {
  form: NonNullable<ServiceDetail['qualificationForm']>;
  values: Values;
  applicationId: string;
  onSaved: () => void;
  onError: (e: unknown) => void;
}) {
  const { t } = useI18n();
  const [values, setValues] = useState<Values>(initial);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [tried, setTried] = useState(false);
  const missing = missingFields(form.fields, values, '');
  const show = (path: string) => (tried || touched.has(path)) && missing.has(path);
  const save = (next: Values) =>
    read(
      api.PATCH('/api/v1/applications/{id}', {
        params: { path: { id: applicationId } },
        body: { form: next },
      }),
    );
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (missing.size > 0) {
          document.getElementById(`field-${[...missing][0]}`)?.focus();
          return;
        }
        save(values).then(onSaved, onError);
      }}
    >
      <h2 class="govuk-heading-m">{form.title}</h2>
      <p class="govuk-body-s">
        <Source source={form.source} />
      </p>
      {tried && missing.size > 0 && (
        <div class="govuk-error-summary" role="alert">
          <h2 class="govuk-error-summary__title">{t('error.title')}</h2>
          <div class="govuk-error-summary__body">
            <p class="govuk-body">{t('wizard.missing', { n: missing.size })}</p>
          </div>
        </div>
      )}
      <Fields
        fields={form.fields}
        values={values}
        prefix=""
        onChange={(next) => setValues(next)}
        onBlur={(path) => setTouched(new Set(touched).add(path))}
        error={show}
      />
      <div class="govuk-button-group">
        <button type="submit" class="govuk-button">
          {t('wizard.saveContinue')}
        </button>
        <button
          type="button"
          class="govuk-button govuk-button--secondary"
          onClick={() => void save(values).catch(onError)}
        >
          {t('wizard.saveDraft')}
        </button>
      </div>
    </form>
  );
}
