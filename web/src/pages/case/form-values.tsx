/** The applicant's form as the official reads it. */
import type { FormField } from '../../api/types.ts';
import formLabelsRu from '../../../../src/documents/form-labels-ru.json';
import { useI18n } from '../../i18n.ts';
import { SummaryRow } from '../../components/summary-row.tsx';

/**
 * The applicant's form with the act's labels (Kazakh; in Russian Ruqsat's translation from
 * form-labels-ru.json where it has one), a group's fields under its label; values of fields the
 * catalog does not name are shown under their id.
 */
export function FormValues({
  form,
  fields,
}: {
  form: Record<string, unknown>;
  fields: readonly FormField[];
}) {
  const { t, lang } = useI18n();
  if (Object.keys(form).length === 0) return <p class="govuk-body">{t('desk.case.formEmpty')}</p>;
  const label = (kk: string) => {
    const ru = lang === 'ru' ? (formLabelsRu.labels as Record<string, string>)[kk] : undefined;
    return ru === undefined ? <span lang="kk">{kk}</span> : ru;
  };
  const text = (v: unknown): string =>
    v === null || v === undefined || v === ''
      ? '—'
      : typeof v === 'boolean'
        ? t(v ? 'desk.case.yes' : 'desk.case.no')
        : typeof v === 'string' || typeof v === 'number'
          ? String(v)
          : JSON.stringify(v, null, 1)
              .replace(/[{}"[\]]/g, '')
              .trim();
  const rows = (
    values: Record<string, unknown>,
    within: readonly FormField[],
    prefix: string,
  ): preact.JSX.Element[] => {
    const known = new Set(within.map((f) => f.id));
    const out: preact.JSX.Element[] = [];
    for (const f of within) {
      const v = values[f.id];
      if (v === undefined) continue;
      if (f.type === 'group') {
        const entries = Array.isArray(v) ? v : [v];
        entries.forEach((entry, i) => {
          out.push(
            <div class="govuk-summary-list__row" key={`${prefix}${f.id}-${i}`}>
              <dt class="govuk-summary-list__key">
                {label(f.label)}
                {entries.length > 1 ? ` (${i + 1})` : ''}
              </dt>
              <dd class="govuk-summary-list__value" />
            </div>,
          );
          const inner = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {};
          out.push(...rows(inner, f.fields ?? [], `${prefix}${f.id}-${i}.`));
        });
      } else
        out.push(
          <div class="govuk-summary-list__row" key={prefix + f.id}>
            <dt class="govuk-summary-list__key">{label(f.label)}</dt>
            <dd class="govuk-summary-list__value">
              <span style={{ whiteSpace: 'pre-wrap' }}>
                {Array.isArray(v) ? v.map(text).join('; ') || '—' : text(v)}
              </span>
            </dd>
          </div>,
        );
    }
    for (const [k, v] of Object.entries(values))
      if (!known.has(k))
        out.push(
          <SummaryRow key={prefix + k} label={k}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{text(v)}</span>
          </SummaryRow>,
        );
    return out;
  };
  return <dl class="govuk-summary-list">{rows(form, fields, '')}</dl>;
}
