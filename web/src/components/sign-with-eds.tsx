/**
 * Signing with the EDS: through NCALayer when it runs on this machine, otherwise with a PKCS#12
 * key file signed here in the browser (the key never leaves the page). The signing code loads
 * on demand: it is large and most pages never need it.
 */
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n.ts';

const signing = () => Promise.all([import('../signing/ncalayer.ts'), import('../signing/pkcs12.ts')]);

export interface SignProps {
  purpose: 'auth' | 'sign';
  label: string;
  /** What to sign (base64) and a value handed back with the signature (e.g. the challenge id). */
  content: () => Promise<{ content: string; context: string }>;
  onSigned: (signature: string, context: string) => Promise<void> | void;
  onError: (error: unknown) => void;
}

export function SignWithEds({ purpose, label, content, onSigned, onError }: SignProps) {
  const { t, lang } = useI18n();
  const [ncaLayer, setNcaLayer] = useState<boolean | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void signing()
      .then(([nca]) => nca.isNcaLayerRunning(1000))
      .then(setNcaLayer, () => setNcaLayer(false));
  }, []);
  const run = async (sign: (base64: string) => Promise<string>) => {
    setBusy(true);
    try {
      const { content: data, context } = await content();
      await onSigned(await sign(data), context);
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };
  const id = `eds-${purpose}`;
  return (
    <div class="govuk-!-margin-bottom-6">
      {ncaLayer === true && (
        <button
          type="button"
          class="govuk-button"
          disabled={busy}
          onClick={() =>
            void run(async (data) => (await signing())[0].signWithNcaLayer(data, { purpose, locale: lang }))
          }
        >
          {label} (NCALayer)
        </button>
      )}
      {ncaLayer === false && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const key = file;
            if (key === null) return;
            void run(async (data) =>
              (await signing())[1].signWithPkcs12(await key.arrayBuffer(), password, data),
            );
          }}
        >
          <p class="govuk-body-s">{t('signing.noNcaLayer')}</p>
          <div class="govuk-form-group">
            <label class="govuk-label" for={`${id}-file`}>
              {t(purpose === 'auth' ? 'signing.authKey' : 'signing.signKey')}
            </label>
            <input
              class="govuk-file-upload"
              id={`${id}-file`}
              type="file"
              accept=".p12,.pfx,application/x-pkcs12"
              onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
            />
          </div>
          <div class="govuk-form-group">
            <label class="govuk-label" for={`${id}-password`}>
              {t('signing.password')}
            </label>
            <input
              class="govuk-input govuk-input--width-20"
              id={`${id}-password`}
              type="password"
              autocomplete="off"
              value={password}
              onInput={(e) => setPassword(e.currentTarget.value)}
            />
          </div>
          <button type="submit" class="govuk-button" disabled={busy || file === null}>
            {label}
          </button>
        </form>
      )}
      {ncaLayer === null && (
        <p class="govuk-body" role="status">
          {t('signing.checking')}
        </p>
      )}
    </div>
  );
}
