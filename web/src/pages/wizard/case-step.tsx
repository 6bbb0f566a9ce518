/**
 * The wizard's first step: which case of the service (and, for a reissue, duplicate or appendix,
 * which permit), optionally which unit of the provider; creates the draft application.
 */
import { useState } from 'preact/hooks';
import { api, read } from '../../api/client.ts';
import type { Passport, ServiceDetail } from '../../api/types.ts';
import { useLoad } from '../../components/async.tsx';
import { Source } from '../../components/catalog-text.tsx';
import { useI18n, type Key, type Localized } from '../../i18n.ts';
import type { Applicant } from './types.ts';

export function CaseStep({
  service,
  passport,
  me,
  onCreated,
  onError,
}: {
  service: ServiceDetail;
  passport: Passport;
  me: Applicant;
  onCreated: (id: string) => void;
  onError: (e: unknown) => void;
}) {
  const { t, pick } = useI18n();
  const cases = passport.cases;
  const [caseId, setCaseId] = useState(cases[0]?.id ?? '');
  const [permitNumber, setPermitNumber] = useState('');
  const [unitId, setUnitId] = useState('');
  const [loss, setLoss] = useState<'loss' | 'damage'>('loss');
  const [change, setChange] = useState('');
  const [changedOn, setChangedOn] = useState('');
  const [units] = useLoad(
    () =>
      read<{ unitId: string; name: Localized; region: string }[]>(
        api.GET('/api/v1/services/{id}/units', { params: { path: { id: service.id } } }),
      ),
    [service.id],
  );
  const allowed = service.applicantTypes.includes(me.type);
  // Reissue, duplicate and appendix act on a permit the applicant holds: its number is asked.
  const onPermit = ['reissue', 'duplicate', 'appendix'].includes(
    cases.find((c) => c.id === caseId)?.kind ?? '',
  );
  // Where the act names a ground (seed 004 11-т.), the applicant declares it.
  const ground = onPermit ? (cases.find((c) => c.id === caseId)?.ground ?? null) : null;
  const declared =
    ground?.kind === 'loss-or-damage'
      ? { kind: loss, note: null }
      : ground?.kind === 'change'
        ? { kind: 'change' as const, change: change.trim(), changedOn }
        : undefined;
  const groundMissing = ground?.kind === 'change' && (change.trim() === '' || changedOn === '');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        read<{ applicationId: string }>(
          api.POST('/api/v1/applications', {
            body: {
              serviceId: service.id,
              caseId,
              ...(onPermit ? { permitNumber: permitNumber.trim() } : {}),
              ...(declared !== undefined ? { ground: declared } : {}),
              ...(unitId !== '' ? { unitId } : {}),
            },
          }),
        ).then((created) => onCreated(created.applicationId), onError);
      }}
    >
      <p class="govuk-body">
        {t('wizard.applyingAs', { name: me.name, type: t(`applicantType.${me.type}` as Key) })}
      </p>
      {!allowed && (
        <div class="govuk-warning-text">
          <span class="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong class="govuk-warning-text__text">{t('wizard.typeNotAllowed')}</strong>
        </div>
      )}
      <div class="govuk-form-group">
        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">{t('wizard.whichCase')}</legend>
          <div class="govuk-radios">
            {cases.map((c) => (
              <div class="govuk-radios__item" key={c.id}>
                <input
                  class="govuk-radios__input"
                  id={`case-${c.id}`}
                  type="radio"
                  name="case"
                  value={c.id}
                  checked={caseId === c.id}
                  onChange={() => setCaseId(c.id)}
                />
                <label class="govuk-label govuk-radios__label" for={`case-${c.id}`}>
                  {pick(c.title)}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      {onPermit && (
        <div class="govuk-form-group">
          <label class="govuk-label" for="wizard-permit">
            {t('wizard.permitNumber')}
          </label>
          <div class="govuk-hint" id="wizard-permit-hint">
            {t('wizard.permitNumberHint')}
          </div>
          <input
            class="govuk-input govuk-input--width-20"
            id="wizard-permit"
            aria-describedby="wizard-permit-hint"
            spellcheck={false}
            required
            value={permitNumber}
            onInput={(e) => setPermitNumber(e.currentTarget.value)}
          />
        </div>
      )}
      {ground?.kind === 'loss-or-damage' && (
        <div class="govuk-form-group">
          <fieldset class="govuk-fieldset" aria-describedby="wizard-ground-hint">
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{t('wizard.groundLoss')}</legend>
            <div class="govuk-hint" id="wizard-ground-hint">
              {pick(ground.text)} <Source source={ground.source} />
            </div>
            <div class="govuk-radios govuk-radios--inline">
              {(['loss', 'damage'] as const).map((k) => (
                <div class="govuk-radios__item" key={k}>
                  <input
                    class="govuk-radios__input"
                    id={`wizard-ground-${k}`}
                    type="radio"
                    name="ground"
                    checked={loss === k}
                    onChange={() => setLoss(k)}
                  />
                  <label class="govuk-label govuk-radios__label" for={`wizard-ground-${k}`}>
                    {t(k === 'loss' ? 'wizard.groundLost' : 'wizard.groundDamaged')}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
      )}
      {ground?.kind === 'change' && (
        <div class="govuk-form-group">
          <div class="govuk-hint" id="wizard-change-hint">
            {pick(ground.text)} <Source source={ground.source} />
          </div>
          <label class="govuk-label" for="wizard-change">
            {t('wizard.groundChange')}
          </label>
          <input
            class="govuk-input"
            id="wizard-change"
            aria-describedby="wizard-change-hint"
            required
            value={change}
            onInput={(e) => setChange(e.currentTarget.value)}
          />
          <label class="govuk-label" for="wizard-changed-on">
            {t('wizard.groundChangedOn')}
          </label>
          <input
            class="govuk-input govuk-input--width-10"
            id="wizard-changed-on"
            type="date"
            required
            value={changedOn}
            onInput={(e) => setChangedOn(e.currentTarget.value)}
          />
        </div>
      )}
      {units.state === 'ready' && units.value.length > 0 && (
        <div class="govuk-form-group">
          <label class="govuk-label" for="wizard-unit">
            {t('wizard.unit')} ({t('wizard.optional')})
          </label>
          <select
            class="govuk-select"
            id="wizard-unit"
            value={unitId}
            onChange={(e) => setUnitId(e.currentTarget.value)}
          >
            <option value="">{t('wizard.anyUnit')}</option>
            {units.value.map((u) => (
              <option key={u.unitId} value={u.unitId}>
                {pick(u.name)}
              </option>
            ))}
          </select>
        </div>
      )}
      <button
        type="submit"
        class="govuk-button"
        disabled={!allowed || caseId === '' || (onPermit && permitNumber.trim() === '') || groundMissing}
      >
        {t('wizard.start')}
      </button>
    </form>
  );
}
