/**
 * Login: an applicant signs a one-time challenge with the EDS (NCALayer, or a PKCS#12 file
 * signed in this browser); in demo mode also by picking a demo person or company. Officials
 * by login and password. `?next=` returns to the page that asked.
 */
import { useLocation } from 'preact-iso';
import { useState } from 'preact/hooks';
import { api, read } from '../api/client.ts';
import type { Principal } from '../api/types.ts';
import { ErrorSummary, useLoad } from '../components/async.tsx';
import { SignWithEds } from '../components/sign-with-eds.tsx';
import { useI18n } from '../i18n.ts';
import { useSession } from '../session.ts';

interface LoginAnswer {
  csrfToken: string;
  principal: Principal;
}

export function LoginPage() {
  const { t } = useI18n();
  const { loggedIn } = useSession();
  const { query, route } = useLocation();
  const [error, setError] = useState<unknown>(null);
  const [demo] = useLoad(
    () =>
      read<{ applicants: { id: string; type: string; name: string; note: string }[] }>(
        api.GET('/api/v1/demo/applicants'),
      ),
    [],
  );
  const done = (answer: LoginAnswer) => {
    loggedIn(answer.principal, answer.csrfToken);
    const next = query['next'];
    route(
      next?.startsWith('/') === true && !next.startsWith('//')
        ? next
        : answer.principal.kind === 'official'
          ? '/desk'
          : answer.principal.kind === 'admin'
            ? '/dashboard'
            : '/cabinet',
    );
  };
  const attempt = async (login: () => Promise<LoginAnswer>) => {
    setError(null);
    try {
      done(await login());
    } catch (e) {
      setError(e);
    }
  };
  const [person, setPerson] = useState('');
  const [officialLogin, setOfficialLogin] = useState('');
  const [password, setPassword] = useState('');
  return (
    <>
      <h1 class="govuk-heading-l">{t('login.title')}</h1>
      <ErrorSummary error={error} />
      <div class="govuk-grid-row">
        <section class="govuk-grid-column-one-half" aria-labelledby="login-applicant">
          <h2 class="govuk-heading-m" id="login-applicant">
            {t('login.applicant')}
          </h2>
          <SignWithEds
            purpose="auth"
            label={t('login.withEds')}
            content={async () => {
              const challenge = await read<{ challengeId: string; content: string }>(
                api.POST('/api/v1/auth/challenge', { body: {} }),
              );
              return { content: challenge.content, context: challenge.challengeId };
            }}
            onSigned={(signature, challengeId) =>
              attempt(() =>
                read<LoginAnswer>(api.POST('/api/v1/auth/eds-login', { body: { challengeId, signature } })),
              )
            }
            onError={setError}
          />
          {demo.state === 'ready' && (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                void attempt(() =>
                  read<LoginAnswer>(api.POST('/api/v1/auth/demo-login', { body: { id: person } })),
                );
              }}
            >
              <div class="govuk-form-group">
                <label class="govuk-label" for="demo-person">
                  {t('login.demoPerson')}
                </label>
                <div class="govuk-hint" id="demo-person-hint">
                  {t('login.demoHint')}
                </div>
                <select
                  class="govuk-select"
                  id="demo-person"
                  aria-describedby="demo-person-hint"
                  value={person}
                  onChange={(e) => setPerson(e.currentTarget.value)}
                >
                  <option value="">—</option>
                  {demo.value.applicants.map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.name} ({a.id})
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" class="govuk-button govuk-button--secondary" disabled={person === ''}>
                {t('login.demoSubmit')}
              </button>
            </form>
          )}
        </section>
        <section class="govuk-grid-column-one-half" aria-labelledby="login-official">
          <h2 class="govuk-heading-m" id="login-official">
            {t('login.official')}
          </h2>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void attempt(() =>
                read<LoginAnswer>(
                  api.POST('/api/v1/auth/login', { body: { login: officialLogin, password } }),
                ),
              );
            }}
          >
            <div class="govuk-form-group">
              <label class="govuk-label" for="official-login">
                {t('login.login')}
              </label>
              <input
                class="govuk-input"
                id="official-login"
                autocomplete="username"
                spellcheck={false}
                value={officialLogin}
                onInput={(e) => setOfficialLogin(e.currentTarget.value)}
              />
            </div>
            <div class="govuk-form-group">
              <label class="govuk-label" for="official-password">
                {t('login.password')}
              </label>
              <input
                class="govuk-input"
                id="official-password"
                type="password"
                autocomplete="current-password"
                value={password}
                onInput={(e) => setPassword(e.currentTarget.value)}
              />
            </div>
            <button type="submit" class="govuk-button">
              {t('login.submit')}
            </button>
          </form>
        </section>
      </div>
    </>
  );
}
