/**
 * One offered action as a form: its inputs (notes, lists, yes/no, refusal grounds), checked here
 * before posting the command with a fresh Idempotency-Key.
 */
import { useState } from 'preact/hooks';
import { ApiProblem, api, read } from '../../api/client.ts';
import type { ActionInput, OfferedAction } from '../../../../src/cases/actions.ts';
import { ErrorSummary } from '../../components/async.tsx';
import { useI18n, type Key } from '../../i18n.ts';
import { actionTitle } from './action-title.ts';
import type { CommandResult } from './types.ts';

type Values = { [K in ActionInput]?: string | string[] | boolean };

const lines = (v: unknown) =>
  (typeof v === 'string' ? v : '')
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);

export function ActionForm({
  id,
  action,
  onDone,
}: {
  id: string;
  action: OfferedAction;
  onDone: (r: CommandResult) => void;
}) {
  const { t, lang, pick } = useI18n();
  const [values, setValues] = useState<Values>({});
  const [error, setError] = useState<unknown>(null);
  const [invalid, setInvalid] = useState<Partial<Record<ActionInput, string>>>({});
  const [busy, setBusy] = useState(false);
  const set = (k: ActionInput, v: string | string[] | boolean) => setValues((x) => ({ ...x, [k]: v }));
  const fid = (k: string) => `${action.key.replace(/[^a-zA-Z0-9-]/g, '_')}-${k}`;
  const title = actionTitle(action, t, lang);
  const needsInput = action.inputs.length > 0;

  const submit = async () => {
    const problems: Partial<Record<ActionInput, string>> = {};
    for (const input of action.inputs) {
      const v = values[input];
      if (input === 'note') continue;
      if (input === 'groundIds') {
        if (!Array.isArray(v) || v.length === 0) problems[input] = t('desk.case.chooseGround');
      } else if (input === 'missing' || input === 'documents') {
        if (lines(v).length === 0) problems[input] = t('desk.case.required');
      } else if (input === 'positive' || input === 'found' || input === 'approved') {
        if (typeof v !== 'boolean') problems[input] = t('desk.case.required');
      } else if (typeof v !== 'string' || v.trim() === '') problems[input] = t('desk.case.required');
    }
    setInvalid(problems);
    if (Object.keys(problems).length > 0) return;
    const body: Record<string, unknown> = { ...action.command };
    for (const input of action.inputs) {
      const v = values[input];
      if (input === 'missing' || input === 'documents') body[input] = lines(v);
      else if (input === 'note') {
        if (typeof v === 'string' && v.trim() !== '') body[input] = v.trim();
      } else body[input] = typeof v === 'string' ? v.trim() : v;
    }
    setBusy(true);
    setError(null);
    try {
      const result = await read<CommandResult>(
        api.POST('/api/v1/official/cases/{id}/commands', {
          params: { path: { id } },
          headers: { 'Idempotency-Key': crypto.randomUUID() },
          body: body as never,
        }),
      );
      onDone(result);
    } catch (e) {
      setError(e instanceof ApiProblem || e instanceof Error ? e : new Error(String(e)));
    } finally {
      setBusy(false);
    }
  };

  const errorOf = (k: ActionInput) =>
    invalid[k] === undefined ? null : (
      <p class="govuk-error-message" id={fid(`${k}-error`)}>
        <span class="govuk-visually-hidden">{t('error.title')}:</span> {invalid[k]}
      </p>
    );
  const group = (k: ActionInput) =>
    `govuk-form-group${invalid[k] === undefined ? '' : ' govuk-form-group--error'}`;
  const described = (k: ActionInput, hint = false) =>
    [hint ? fid(`${k}-hint`) : '', invalid[k] === undefined ? '' : fid(`${k}-error`)]
      .filter(Boolean)
      .join(' ') || undefined;

  const textArea = (k: ActionInput, label: Key, hint?: Key) => (
    <div class={group(k)} key={k}>
      <label class="govuk-label" for={fid(k)}>
        {t(label)}
      </label>
      {hint !== undefined && (
        <div class="govuk-hint" id={fid(`${k}-hint`)}>
          {t(hint)}
        </div>
      )}
      {errorOf(k)}
      <textarea
        class={`govuk-textarea${invalid[k] === undefined ? '' : ' govuk-textarea--error'}`}
        id={fid(k)}
        rows={3}
        aria-describedby={described(k, hint !== undefined)}
        value={typeof values[k] === 'string' ? values[k] : ''}
        onInput={(e) => set(k, e.currentTarget.value)}
      />
    </div>
  );
  const yesNo = (k: ActionInput, legend: Key, yes: Key, no: Key) => (
    <div class={group(k)} key={k}>
      <fieldset class="govuk-fieldset" aria-describedby={described(k)}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{t(legend)}</legend>
        {errorOf(k)}
        <div class="govuk-radios govuk-radios--small govuk-radios--inline">
          {([true, false] as const).map((v) => (
            <div class="govuk-radios__item" key={String(v)}>
              <input
                class="govuk-radios__input"
                type="radio"
                id={fid(`${k}-${v}`)}
                name={fid(k)}
                checked={values[k] === v}
                onChange={() => set(k, v)}
              />
              <label class="govuk-label govuk-radios__label" for={fid(`${k}-${v}`)}>
                {t(v ? yes : no)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
  const groundsField = () => {
    const chosen = Array.isArray(values.groundIds) ? values.groundIds : [];
    return (
      <div class={group('groundIds')} key="groundIds">
        <fieldset class="govuk-fieldset" aria-describedby={described('groundIds')}>
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
            {t('desk.input.groundIds')}
          </legend>
          {errorOf('groundIds')}
          <div class="govuk-checkboxes govuk-checkboxes--small">
            {(action.grounds ?? []).map((g) => (
              <div class="govuk-checkboxes__item" key={g.id}>
                <input
                  class="govuk-checkboxes__input"
                  type="checkbox"
                  id={fid(`ground-${g.id}`)}
                  aria-describedby={fid(`ground-${g.id}-source`)}
                  checked={chosen.includes(g.id)}
                  onChange={(e) =>
                    set(
                      'groundIds',
                      e.currentTarget.checked ? [...chosen, g.id] : chosen.filter((x) => x !== g.id),
                    )
                  }
                />
                <label class="govuk-label govuk-checkboxes__label" for={fid(`ground-${g.id}`)}>
                  {pick(g.text)}
                </label>
                <div class="govuk-hint govuk-checkboxes__hint" id={fid(`ground-${g.id}-source`)} lang="kk">
                  {g.source}
                </div>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
    );
  };

  const field = (k: ActionInput) => {
    switch (k) {
      case 'note':
        return textArea(k, 'desk.input.note');
      case 'missing':
        return textArea(k, 'desk.input.missing', 'desk.input.perLine');
      case 'documents':
        return textArea(k, 'desk.input.documents', 'desk.input.perLine');
      case 'conclusion':
        return textArea(k, 'desk.input.conclusion');
      case 'text':
        return textArea(k, 'desk.input.text');
      case 'reasoning':
        return textArea(k, 'desk.input.reasoning');
      case 'groundIds':
        return groundsField();
      case 'positive':
        return yesNo(k, 'desk.input.positive', 'desk.input.yes', 'desk.input.no');
      case 'found':
        return yesNo(k, 'desk.input.found', 'desk.input.foundYes', 'desk.input.foundNo');
      case 'approved':
        return yesNo(k, 'desk.input.approved', 'desk.input.yes', 'desk.input.no');
    }
  };

  const refusing =
    (action.command.type === 'decide' && action.command.decision === 'refuse') ||
    (action.command.type === 'check-completeness' && !action.command.complete);
  return (
    <form
      class="govuk-!-margin-bottom-6"
      aria-label={title}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {needsInput || action.step !== undefined ? (
        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{title}</legend>
          {action.step !== undefined && (
            <details class="govuk-details">
              <summary class="govuk-details__summary">
                <span class="govuk-details__summary-text">{t('desk.case.stepText')}</span>
              </summary>
              <div class="govuk-details__text">
                {action.step.short !== null && <p class="govuk-body-s">{t('desk.case.shortIsOurs')}</p>}
                <p class="govuk-body" lang="kk">
                  {action.step.branchText ?? action.step.action} ({action.step.source})
                </p>
              </div>
            </details>
          )}
          <ErrorSummary error={error} />
          {action.inputs.map(field)}
          <button
            type="submit"
            class={`govuk-button${refusing ? ' govuk-button--warning' : ''}`}
            disabled={busy}
          >
            {busy ? t('desk.case.sending') : title}
          </button>
        </fieldset>
      ) : (
        <>
          <ErrorSummary error={error} />
          <button
            type="submit"
            class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
            disabled={busy}
          >
            {busy ? t('desk.case.sending') : title}
          </button>
        </>
      )}
    </form>
  );
}
