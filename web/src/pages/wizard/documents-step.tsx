/**
 * The documents step: of the documents the case asks of this applicant on this channel, what the
 * state databases hold is confirmed, the paper ones are attached; electronic ones need nothing.
 */
import { useEffect, useState } from 'preact/hooks';
import { api, read } from '../../api/client.ts';
import type { ApplicationView, Attachment, Passport } from '../../api/types.ts';
import { useLoad } from '../../components/async.tsx';
import { useI18n } from '../../i18n.ts';
import { AttachmentsSection } from './attachments.tsx';
import { StateDataSection, type StateData } from './state-data.tsx';

export function DocumentsStep({
  passport,
  view,
  onNext,
  onError,
}: {
  passport: Passport;
  view: ApplicationView;
  onNext: () => void;
  onError: (e: unknown) => void;
}) {
  const { t } = useI18n();
  const a = view.application;
  const documents = (passport.cases.find((c) => c.id === a.caseId)?.documents ?? []).filter(
    (d) =>
      (d.applicantTypes.length === 0 || d.applicantTypes.includes(a.applicant.type)) &&
      (d.channels.length === 0 || d.channels.includes(a.channel)),
  );
  const [stateData] = useLoad(() => read<StateData>(api.GET('/api/v1/applicant/state-data')), []);
  const [attachments, reloadAttachments] = useLoad(
    () =>
      read<Attachment[]>(
        api.GET('/api/v1/applications/{id}/attachments', { params: { path: { id: a.id } } }),
      ),
    [a.id],
  );
  const [confirmed, setConfirmed] = useState(false);
  useEffect(() => setConfirmed(false), [a.id]);
  const fromState = documents.filter((d) => d.obtainedFrom !== null);
  const toAttach = documents.filter((d) => d.obtainedFrom === null && d.form !== 'electronic');
  return (
    <>
      <h2 class="govuk-heading-m">{t('wizard.step.documents')}</h2>
      {fromState.length > 0 && (
        <StateDataSection
          documents={fromState}
          stateData={stateData}
          confirmed={confirmed}
          onConfirm={setConfirmed}
        />
      )}
      {toAttach.length > 0 && (
        <AttachmentsSection
          applicationId={a.id}
          documents={toAttach}
          attachments={attachments}
          onUploaded={reloadAttachments}
          onError={onError}
        />
      )}
      <button
        type="button"
        class="govuk-button"
        disabled={fromState.length > 0 && !confirmed}
        onClick={onNext}
      >
        {t('wizard.continue')}
      </button>
    </>
  );
}
