/**
 * Complaints about an application (seed 000 ch. 3): the ones filed, with who reviews them, by
 * when, what was decided and what is overdue; and the form to file one against a decision,
 * an action or inaction — within 3 months of learning of it (the server checks the term).
 */
import { useState } from 'preact/hooks';
import { api, read } from '../api/client.ts';
import type { ComplaintView } from '../api/types.ts';
import { Show, useLoad } from './async.tsx';
import { Radios } from './radios.tsx';
import { useI18n, type Key } from '../i18n.ts';

type Subject = 'decision' | 'action' | 'inaction';
type Reviewer = 'provider' | 'quality-authority';

export function Complaints({
  applicationId,
  learnedOn,
  onError,
}: {
  applicationId: string;
  /** The day the applicant learned of what they complain about (the decision's day by default). */
  learnedOn: string;
  onError: (e: unknown) => void;
}) {
  const { t, date } = useI18n();
  const [loaded, reload] = useLoad(
    () =>
      read<ComplaintView[]>(
        api.GET('/api/v1/applications/{id}/complaints', { params: { path: { id: applicationId } } }),
      ),
    [applicationId],
  );
  const [subject, setSubject] = useState<Subject>('decision');
  const [reviewer, setReviewer] = useState<Reviewer>('provider');
  const [on, setOn] = useState(learnedOn);
  const [text, setText] = useState('');
  const radios = <T extends string>(name: string, values: T[], value: T, set: (v: T) => void) => (
    <Radios
      name={name}
      options={values.map((v) => ({ value: v, label: t(`complaint.${name}.${v}` as Key) }))}
      value={value}
      onChange={set}
    />
  );
  return (
    <section aria-labelledby="complaints">
      <h2 class="govuk-heading-m" id="complaints">
        {t('complaint.title')}
      </h2>
      <Show loaded={loaded}>
        {(complaints) => (
          <ul class="ruqsat-card-list">
            {complaints.map((c) => (
              <li key={c.id}>
                <p class="govuk-body govuk-!-margin-bottom-1">
                  <strong>{t(`complaint.subject.${c.subject}` as Key)}</strong> —{' '}
                  {t('complaint.filed', {
                    on: date(c.filedOn),
                    reviewer: t(`complaint.reviewer.${c.reviewer}` as Key),
                  })}
                </p>
                <p class="govuk-body-s govuk-!-margin-bottom-1">
                  {t(`complaint.status.${c.status}` as Key)} ·{' '}
                  {t('complaint.reviewDue', { on: date(c.reviewDue) })}
                  {c.overdue.length > 0 && <span class="ruqsat-overdue"> · {t('complaint.overdue')}</span>}
                </p>
                {c.decisions.map((d) => (
                  <p class="govuk-body-s govuk-!-margin-bottom-1" key={`${d.reviewer}-${d.on}`}>
                    {t(`complaint.outcome.${d.outcome}` as Key)} ({date(d.on)}): {d.text}
                  </p>
                ))}
              </li>
            ))}
          </ul>
        )}
      </Show>
      <details class="govuk-details">
        <summary class="govuk-details__summary">
          <span class="govuk-details__summary-text">{t('complaint.file')}</span>
        </summary>
        <form
          class="govuk-details__text"
          onSubmit={(e) => {
            e.preventDefault();
            read(
              api.POST('/api/v1/applications/{id}/complaints', {
                params: { path: { id: applicationId } },
                body: { subject, learnedOn: on, reviewer, text },
              }),
            ).then(() => {
              setText('');
              reload();
            }, onError);
          }}
        >
          <div class="govuk-form-group">
            <fieldset class="govuk-fieldset">
              <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
                {t('complaint.against')}
              </legend>
              {radios<Subject>('subject', ['decision', 'action', 'inaction'], subject, setSubject)}
            </fieldset>
          </div>
          <div class="govuk-form-group">
            <label class="govuk-label" for="complaint-learned">
              {t('complaint.learnedOn')}
            </label>
            <div class="govuk-hint" id="complaint-learned-hint">
              {t('complaint.learnedOnHint')}
            </div>
            <input
              class="govuk-input govuk-input--width-10"
              id="complaint-learned"
              type="date"
              aria-describedby="complaint-learned-hint"
              value={on}
              onInput={(e) => setOn(e.currentTarget.value)}
            />
          </div>
          <div class="govuk-form-group">
            <fieldset class="govuk-fieldset">
              <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{t('complaint.to')}</legend>
              {radios<Reviewer>('reviewer', ['provider', 'quality-authority'], reviewer, setReviewer)}
            </fieldset>
          </div>
          <div class="govuk-form-group">
            <label class="govuk-label" for="complaint-text">
              {t('complaint.text')}
            </label>
            <textarea
              class="govuk-textarea"
              id="complaint-text"
              rows={5}
              value={text}
              onInput={(e) => setText(e.currentTarget.value)}
            />
          </div>
          <button type="submit" class="govuk-button" disabled={text.trim() === ''}>
            {t('complaint.submit')}
          </button>
        </form>
      </details>
    </section>
  );
}
