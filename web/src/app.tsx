/**
 * The layout (skip link, header with navigation and the language switch, main, footer) and the
 * page addresses. Pages for officials, the wizard and the dashboard load on demand.
 */
import type { ComponentChildren } from 'preact';
import { ErrorBoundary, LocationProvider, Route, Router, lazy, useLocation } from 'preact-iso';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { api, setApiLanguage, setCsrfToken } from './api/client.ts';
import type { Principal } from './api/types.ts';
import {
  I18nContext,
  i18nOf,
  initialLang,
  langs,
  rememberLang,
  useI18n,
  type Key,
  type Lang,
} from './i18n.ts';
import { CatalogPage } from './pages/catalog.tsx';
import { LoginPage } from './pages/login.tsx';
import { NotFound } from './pages/not-found.tsx';
import { PermitPage, RegistryPage } from './pages/registry.tsx';
import { ServicePage } from './pages/service.tsx';
import { SessionContext, currentSession, useSession, type SessionState } from './session.ts';
import { shortName } from '../../src/documents/wording.ts';

const WizardPage = lazy(() => import('./pages/wizard.tsx').then((m) => m.WizardPage));
const CabinetPage = lazy(() => import('./pages/cabinet.tsx').then((m) => m.CabinetPage));
const ApplicationPage = lazy(() => import('./pages/application.tsx').then((m) => m.ApplicationPage));
const FailureReportsPage = lazy(() =>
  import('./pages/failure-reports.tsx').then((m) => m.FailureReportsPage),
);
const DeskPage = lazy(() => import('./pages/desk.tsx').then((m) => m.DeskPage));
const BoardPage = lazy(() => import('./pages/board.tsx').then((m) => m.BoardPage));
const CasePage = lazy(() => import('./pages/case.tsx').then((m) => m.CasePage));
const IntakePage = lazy(() => import('./pages/intake.tsx').then((m) => m.IntakePage));
const DashboardPage = lazy(() => import('./pages/dashboard.tsx').then((m) => m.DashboardPage));

export function App() {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [me, setMe] = useState<Principal | null | undefined>(undefined);
  const i18n = useMemo(() => i18nOf(lang, setLang), [lang]);
  setApiLanguage(lang);
  useEffect(() => {
    rememberLang(lang);
    document.title = i18n.t('app.name');
  }, [lang, i18n]);
  useEffect(() => {
    void currentSession().then(setMe);
  }, []);
  const session: SessionState = {
    me,
    loggedIn(principal, csrfToken) {
      setCsrfToken(csrfToken);
      setMe(principal);
      // The login's answer is the bare session; `/auth/me` adds what the header shows (the unit).
      if (principal.kind === 'official') void currentSession().then((p) => p !== null && setMe(p));
    },
    async logout() {
      await api.POST('/api/v1/auth/logout');
      setCsrfToken(null);
      setMe(null);
    },
  };
  return (
    <I18nContext.Provider value={i18n}>
      <SessionContext.Provider value={session}>
        <LocationProvider>
          <Layout>
            <ErrorBoundary>
              <Router>
                <Route path="/" component={CatalogPage} />
                <Route path="/services/:id" component={ServicePage} />
                <Route path="/apply/:serviceId" component={WizardPage} />
                <Route path="/apply/:serviceId/:applicationId" component={WizardPage} />
                <Route path="/login" component={LoginPage} />
                <Route path="/cabinet" component={CabinetPage} />
                <Route path="/cabinet/failure-reports" component={FailureReportsPage} />
                <Route path="/cabinet/:id" component={ApplicationPage} />
                <Route path="/desk" component={DeskPage} />
                <Route path="/desk/cases/:id" component={CasePage} />
                <Route path="/desk/intake" component={IntakePage} />
                <Route path="/desk/board" component={BoardPage} />
                <Route path="/registry" component={RegistryPage} />
                <Route path="/registry/:number" component={PermitPage} />
                <Route path="/p/:number" component={PermitPage} />
                <Route path="/dashboard" component={DashboardPage} />
                <Route default component={NotFound} />
              </Router>
            </ErrorBoundary>
          </Layout>
        </LocationProvider>
      </SessionContext.Provider>
    </I18nContext.Provider>
  );
}

function Layout({ children }: { children: ComponentChildren }) {
  const { t, lang, setLang, pick } = useI18n();
  const { me, logout } = useSession();
  const { url, route } = useLocation();
  // After a navigation (not the first load, where the skip link must stay the first Tab stop)
  // focus moves to the main region, so keyboard and screen-reader users start on the new page.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) first.current = false;
    else document.getElementById('main-content')?.focus({ preventScroll: true });
  }, [url]);
  const nav: { href: string; label: string }[] = [
    { href: '/', label: t('nav.services') },
    { href: '/registry', label: t('nav.registry') },
  ];
  if (me?.kind === 'applicant') nav.push({ href: '/cabinet', label: t('nav.cabinet') });
  if (me?.kind === 'official')
    nav.push(
      { href: '/desk', label: t('nav.desk') },
      { href: '/desk/intake', label: t('nav.intake') },
      { href: '/desk/board', label: t('nav.board') },
    );
  if (me?.kind === 'admin' || me?.kind === 'official')
    nav.push({ href: '/dashboard', label: t('nav.dashboard') });
  const current = (href: string) =>
    (href === '/' ? url === '/' : url.startsWith(href)) &&
    !(href === '/desk' && (url.startsWith('/desk/intake') || url.startsWith('/desk/board')));
  return (
    <>
      <a href="#main-content" class="govuk-skip-link">
        {t('nav.skip')}
      </a>
      <header class="ruqsat-header" role="banner">
        <div class="govuk-width-container ruqsat-header__row">
          <a href="/" class="ruqsat-header__name">
            {t('app.name')}
          </a>
          <nav aria-label={t('nav.label')}>
            <ul class="ruqsat-header__nav">
              {nav.map((item) => (
                <li key={item.href}>
                  <a href={item.href} aria-current={current(item.href) ? 'page' : undefined}>
                    {item.label}
                  </a>
                </li>
              ))}
              <li>
                {me === null || me === undefined ? (
                  <a href="/login">{t('nav.login')}</a>
                ) : (
                  <button
                    type="button"
                    class="ruqsat-logout"
                    onClick={() => void logout().then(() => route('/'))}
                  >
                    {t('nav.logout', { name: me.kind === 'official' ? shortName(me.name) : me.name })}
                  </button>
                )}
              </li>
            </ul>
          </nav>
          <ul class="ruqsat-lang" aria-label={t('nav.language')}>
            {langs.map((l) => (
              <li key={l}>
                <button type="button" lang={l} aria-pressed={l === lang} onClick={() => setLang(l)}>
                  {{ kk: 'Қазақша', ru: 'Русский', en: 'English' }[l]}
                </button>
              </li>
            ))}
          </ul>
          {me?.kind === 'official' && (
            <p class="ruqsat-header__official">
              {me.workplace != null && <span>{pick(me.workplace)} · </span>}
              <span>
                {shortName(me.name)}, {t(`role.${me.role}` as Key)}
              </span>
            </p>
          )}
        </div>
      </header>
      <div class="govuk-width-container">
        <main class="govuk-main-wrapper" id="main-content" role="main" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer class="govuk-footer" role="contentinfo">
        <div class="govuk-width-container">
          <p class="govuk-body-s">
            {t('footer.text')} ·{' '}
            <a class="govuk-footer__link" href="/api/docs">
              {t('footer.api')}
            </a>
          </p>
        </div>
      </footer>
    </>
  );
}
