/** The documents the applicant attached, each downloadable, with its catalog document id and size. */
import type { Attachment } from '../../api/types.ts';
import { useI18n } from '../../i18n.ts';

export function Documents({
  applicationId,
  attachments,
}: {
  applicationId: string;
  attachments: Attachment[];
}) {
  const { t } = useI18n();
  return (
    <>
      <h2 class="govuk-heading-m">{t('desk.case.documents')}</h2>
      {attachments.length === 0 ? (
        <p class="govuk-body">{t('desk.case.noDocuments')}</p>
      ) : (
        <ul class="govuk-list">
          {attachments.map((f) => (
            <li key={f.id}>
              <a
                class="govuk-link"
                href={`/api/v1/applications/${applicationId}/attachments/${f.id}`}
                download={f.name}
              >
                {t('desk.case.download')} {f.name}
              </a>{' '}
              <span class="govuk-body-s">
                ({f.documentId ?? '—'}, {t('desk.case.size', { kb: Math.max(1, Math.round(f.size / 1024)) })})
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
