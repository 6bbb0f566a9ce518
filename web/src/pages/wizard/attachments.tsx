/** The documents the applicant attaches: one file input each, upload progress, what is attached. */
import { useState } from 'preact/hooks';
import { upload } from '../../api/client.ts';
import type { Attachment, DocumentReq } from '../../api/types.ts';
import type { Loaded } from '../../components/async.tsx';
import { useI18n } from '../../i18n.ts';

export function AttachmentsSection({
  applicationId,
  documents,
  attachments,
  onUploaded,
  onError,
}: {
  applicationId: string;
  documents: DocumentReq[];
  attachments: Loaded<Attachment[]>;
  onUploaded: () => void;
  onError: (e: unknown) => void;
}) {
  const { t, pick } = useI18n();
  const [progress, setProgress] = useState<Record<string, number>>({});
  return (
    <section aria-labelledby="attach">
      <h3 class="govuk-heading-s" id="attach">
        {t('wizard.attach')}
      </h3>
      <p class="govuk-hint">{t('wizard.attachHint')}</p>
      {documents.map((d) => {
        const inputId = `attach-${d.id}`;
        const mine =
          attachments.state === 'ready' ? attachments.value.filter((x) => x.documentId === d.id) : [];
        const p = progress[d.id];
        return (
          <div class="govuk-form-group" key={d.id}>
            <label class="govuk-label" for={inputId}>
              {pick(d.name)}
              {d.optional && ` (${t('wizard.optional')})`}
            </label>
            <input
              class="govuk-file-upload"
              id={inputId}
              type="file"
              accept="application/pdf,image/jpeg,image/png"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                if (file === undefined) return;
                const url = `/api/v1/applications/${applicationId}/attachments?name=${encodeURIComponent(file.name)}&documentId=${encodeURIComponent(d.id)}`;
                upload(url, file, (f) => setProgress((old) => ({ ...old, [d.id]: f })))
                  .then(onUploaded, onError)
                  .finally(() => setProgress((old) => ({ ...old, [d.id]: -1 })));
              }}
            />
            {p !== undefined && p >= 0 && (
              <progress
                class="govuk-!-display-block"
                max={1}
                value={p}
                aria-label={t('wizard.uploading', { name: pick(d.name) })}
              />
            )}
            {mine.map((x) => (
              <p class="govuk-body-s" key={x.id}>
                ✓ {x.name} ({Math.ceil(x.size / 1024)} KB)
              </p>
            ))}
          </div>
        );
      })}
    </section>
  );
}
