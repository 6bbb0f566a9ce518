import { useI18n } from '../i18n.ts';

export function NotFound() {
  const { t } = useI18n();
  return (
    <>
      <h1 class="govuk-heading-l">{t('notFound.title')}</h1>
      <p class="govuk-body">
        <a class="govuk-link" href="/">
          {t('notFound.back')}
        </a>
      </p>
    </>
  );
}
