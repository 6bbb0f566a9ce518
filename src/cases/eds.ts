/**
 * The EDS port of the engine: verify the applicant's signature on a submission and sign a
 * result with the official's key. What is signed is defined here, as canonical bytes of the
 * application, so the engine can check that the signed content is exactly the application
 * being submitted (no substitution). The content functions are pure.
 */
import type { ApplicationState, SignatureCheck, SignerInfo } from './model.ts';

export interface EdsPort {
  /** Verifies `signature` (base64 CMS) over `content`; `expect` names the IIN/BIN the signer must have. */
  verify(
    signature: string,
    content: Uint8Array,
    expect: { iin?: string; bin?: string },
    now: Date,
  ): Promise<SignatureCheck>;
  /** Signs with the official's key: detached CMS in base64; null when the deployment holds no key for them. */
  sign(
    officialId: string,
    content: Uint8Array,
    now: Date,
  ): Promise<{ cms: string; signer: SignerInfo } | null>;
}

/** JSON with keys sorted at every level: the same data always gives the same bytes. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** What the applicant signs: the application as it stands when submitted. */
export function applicationContent(state: ApplicationState): Uint8Array {
  const { id, serviceId, serviceVersion, caseId, channel, applicant, permitNumber, form } = state;
  return new TextEncoder().encode(
    canonicalJson({
      applicationId: id,
      serviceId,
      serviceVersion,
      caseId,
      channel,
      applicant,
      permitNumber,
      form,
    }),
  );
}

/** What the official signs: the decision on the application. */
export function resultContent(state: ApplicationState): Uint8Array {
  return new TextEncoder().encode(
    canonicalJson({
      applicationId: state.id,
      inboundNumber: state.registration?.inboundNumber ?? null,
      serviceId: state.serviceId,
      serviceVersion: state.serviceVersion,
      caseId: state.caseId,
      applicant: state.applicant,
      decision: state.decision,
    }),
  );
}

/** Which identity the act checks against the certificate: the IIN of a person, the BIN of an organisation. */
export function expectedSigner(state: ApplicationState): { iin?: string; bin?: string } {
  return state.applicant.type === 'legal-entity' ? { bin: state.applicant.id } : { iin: state.applicant.id };
}
