/** Loading a page's data: a status line while waiting, the server's translated problem on failure. */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiProblem } from '../api/client.ts';
import { useI18n, type Lang, type Translate } from '../i18n.ts';
import { isSigningError } from '../signing/errors.ts';
import { signingMessage } from '../signing/messages.ts';

export type Loaded<T> =
  { state: 'loading' } | { state: 'error'; error: unknown } | { state: 'ready'; value: T };

export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): [Loaded<T>, () => void] {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    load().then(
      (value) => current && setLoaded({ state: 'ready', value }),
      (error: unknown) => current && setLoaded({ state: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [...deps, round]);
  return [loaded, useCallback(() => setRound((r) => r + 1), [])];
}

/** The server's translated detail, a signing failure in the page's language, or the generic message. */
export function problemText(error: unknown, t: Translate, lang: Lang): string {
  if (error instanceof ApiProblem && error.detail !== '') return error.detail;
  if (isSigningError(error)) return signingMessage(error.code, lang) ?? t('error.generic');
  // Not the server's nor the signer's: a fault of the page itself. The console keeps the detail.
  console.error(error);
  return t('error.generic');
}

/** The error summary pattern: focused when it appears, so a screen reader announces it. */
export function ErrorSummary({ error }: { error: unknown }) {
  const { t, lang } = useI18n();
  if (error === null || error === undefined) return null;
  return (
    <div
      class="govuk-error-summary"
      data-module="govuk-error-summary"
      role="alert"
      tabIndex={-1}
      ref={(el) => el?.focus()}
    >
      <h2 class="govuk-error-summary__title">{t('error.title')}</h2>
      <div class="govuk-error-summary__body">
        <p class="govuk-body">{problemText(error, t, lang)}</p>
      </div>
    </div>
  );
}

export function Show<T>({
  loaded,
  children,
}: {
  loaded: Loaded<T>;
  children: (value: T) => ComponentChildren;
}) {
  const { t } = useI18n();
  if (loaded.state === 'loading')
    return (
      <p class="govuk-body" role="status" aria-live="polite">
        {t('common.loading')}
      </p>
    );
  if (loaded.state === 'error') return <ErrorSummary error={loaded.error} />;
  return <>{children(loaded.value)}</>;
}
