/**
 * The act's form, by field id: a group is an object (a list of them when repeatable). Rendered
 * field by field, and which required fields are still empty.
 */
import { useI18n } from '../../i18n.ts';
import type { FormField } from '../../api/types.ts';

export type Values = Record<string, unknown>;

/** The paths (`id`, `group.0.id`) of the required fields left empty, in the form's order. */
export function missingFields(fields: readonly FormField[], values: Values, prefix: string): Set<string> {
  const out = new Set<string>();
  for (const f of fields) {
    const path = `${prefix}${f.id}`;
    const v = values[f.id];
    if (f.type === 'group') {
      const entries = (Array.isArray(v) ? v : [v ?? {}]) as Values[];
      entries.forEach((entry, i) => {
        for (const m of missingFields(f.fields ?? [], entry, `${path}.${i}.`)) out.add(m);
      });
    } else if (f.required && !(typeof v === 'number' || (typeof v === 'string' && v.trim() !== '')))
      out.add(path);
  }
  return out;
}

export function Fields({
  fields,
  values,
  prefix,
  onChange,
  onBlur,
  error,
}: {
  fields: readonly FormField[];
  values: Values;
  prefix: string;
  onChange: (next: Values) => void;
  onBlur: (path: string) => void;
  error: (path: string) => boolean;
}) {
  const { t } = useI18n();
  return (
    <>
      {fields.map((f) => {
        const path = `${prefix}${f.id}`;
        const id = `field-${path}`;
        if (f.type === 'group') {
          const entries = (Array.isArray(values[f.id]) ? values[f.id] : [values[f.id] ?? {}]) as Values[];
          const setEntries = (next: Values[]) =>
            onChange({ ...values, [f.id]: f.repeatable ? next : next[0] });
          return (
            <fieldset class="govuk-fieldset govuk-!-margin-bottom-6" key={f.id}>
              <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{f.label}</legend>
              {entries.map((entry, i) => (
                <div key={i} class="govuk-inset-text govuk-!-margin-top-2">
                  {f.repeatable && entries.length > 1 && (
                    <p class="govuk-body-s">{t('wizard.entry', { n: i + 1 })}</p>
                  )}
                  <Fields
                    fields={f.fields ?? []}
                    values={entry}
                    prefix={`${path}.${i}.`}
                    onChange={(next) => setEntries(entries.map((e, j) => (j === i ? next : e)))}
                    onBlur={onBlur}
                    error={error}
                  />
                  {f.repeatable && entries.length > 1 && (
                    <button
                      type="button"
                      class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                      onClick={() => setEntries(entries.filter((_, j) => j !== i))}
                    >
                      {t('wizard.removeEntry')}
                    </button>
                  )}
                </div>
              ))}
              {f.repeatable && (
                <button
                  type="button"
                  class="govuk-button govuk-button--secondary"
                  onClick={() => setEntries([...entries, {}])}
                >
                  {t('wizard.addEntry')}
                </button>
              )}
            </fieldset>
          );
        }
        const invalid = error(path);
        const value = values[f.id];
        return (
          <div class={`govuk-form-group${invalid ? ' govuk-form-group--error' : ''}`} key={f.id}>
            <label class="govuk-label" for={id}>
              {f.label}
              {!f.required && ` (${t('wizard.optional')})`}
            </label>
            {invalid && (
              <p class="govuk-error-message" id={`${id}-error`}>
                <span class="govuk-visually-hidden">{t('error.title')}:</span> {t('wizard.required')}
              </p>
            )}
            <input
              class={`govuk-input${invalid ? ' govuk-input--error' : ''}${f.type === 'date' || f.type === 'number' ? ' govuk-input--width-10' : ''}`}
              id={id}
              // GOV.UK advice: numbers in a text input with a numeric keyboard, not type=number.
              {...(f.type === 'date'
                ? { type: 'date' as const }
                : {
                    type: 'text' as const,
                    inputMode: f.type === 'number' ? ('decimal' as const) : undefined,
                  })}
              required={f.required}
              aria-invalid={invalid}
              aria-describedby={invalid ? `${id}-error` : undefined}
              value={typeof value === 'string' || typeof value === 'number' ? String(value) : ''}
              onInput={(e) =>
                onChange({
                  ...values,
                  [f.id]:
                    f.type === 'number' && e.currentTarget.value !== ''
                      ? Number(e.currentTarget.value)
                      : e.currentTarget.value,
                })
              }
              onBlur={() => onBlur(path)}
            />
          </div>
        );
      })}
    </>
  );
}
