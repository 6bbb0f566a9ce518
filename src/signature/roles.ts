/**
 * Who signs, read from the national CA's extended-key-usage OIDs (with the certificate policy as
 * a fallback for older certificates), and whether that signer may sign for an organisation.
 */
import { AppError } from '../errors/app-error.ts';
import { NCA_POLICY, NCA_ROLE } from './oids.ts';

export type SignerRole =
  | 'individual'
  | 'legal'
  | 'head'
  | 'right-to-sign'
  | 'right-to-sign-financial'
  | 'hr'
  | 'employee'
  | 'unknown';

export const signerRoles: readonly SignerRole[] = [
  'individual',
  'legal',
  'head',
  'right-to-sign',
  'right-to-sign-financial',
  'hr',
  'employee',
  'unknown',
];

// Most specific first: an NCA legal-entity certificate carries both 1.2.398.3.3.4.1.2 and the
// employee's standing under it.
const BY_EKU: readonly [string, SignerRole][] = [
  [NCA_ROLE.head, 'head'],
  [NCA_ROLE.rightToSign, 'right-to-sign'],
  [NCA_ROLE.rightToSignFinancial, 'right-to-sign-financial'],
  [NCA_ROLE.hr, 'hr'],
  [NCA_ROLE.employee, 'employee'],
  [NCA_ROLE.legal, 'legal'],
  [NCA_ROLE.individual, 'individual'],
];

/** The signer's role from the certificate's EKU and policy OIDs. */
export function roleOf(cert: {
  extKeyUsage: readonly string[] | null;
  policies: readonly string[];
  bin: string | null;
}): SignerRole {
  const eku = cert.extKeyUsage ?? [];
  for (const [oid, role] of BY_EKU) if (eku.includes(oid)) return role;
  // Certificates issued before the role OIDs (marked "only in new certificates" by the NCA)
  // tell the subject type by policy alone.
  if (cert.policies.includes(NCA_POLICY.legalSign) || cert.policies.includes(NCA_POLICY.legalAuth))
    return 'legal';
  if (cert.policies.includes(NCA_POLICY.individualSign) || cert.policies.includes(NCA_POLICY.individualAuth))
    return 'individual';
  return cert.bin === null ? 'unknown' : 'legal';
}

/** An organisation's record of what one employee may sign for it (kept by the portal, not the CA). */
export interface RecordedPowers {
  bin: string;
  iin: string;
  powers: readonly string[];
}

export interface SignerIdentity {
  iin: string | null;
  bin: string | null;
  role: SignerRole;
}

/** Roles that may sign anything for their own organisation (the head and those given the right). */
const FULL_AUTHORITY: readonly SignerRole[] = ['head', 'right-to-sign'];
const ORGANISATION_ROLES: readonly SignerRole[] = [
  'legal',
  'head',
  'right-to-sign',
  'right-to-sign-financial',
  'hr',
  'employee',
];

/**
 * Whether `signer` may sign `action` on behalf of organisation `bin` (or for themselves when
 * `bin` is null). The head and holders of the right to sign act for their own organisation;
 * other employees only within the powers the organisation has recorded (`recorded`, data from
 * the caller). Throws `signature.bin_mismatch`, `signature.role_not_allowed` or
 * `signature.power_missing`.
 */
export function checkSigningAuthority(
  signer: SignerIdentity,
  action: { bin: string | null; power: string },
  recorded: readonly RecordedPowers[],
): void {
  if (action.bin === null) {
    if (signer.role !== 'individual')
      throw new AppError('signature.role_not_allowed', `role ${signer.role} cannot sign as an individual`, {
        role: signer.role,
        allowed: 'individual',
      });
    return;
  }
  if (!ORGANISATION_ROLES.includes(signer.role))
    throw new AppError('signature.role_not_allowed', `role ${signer.role} cannot sign for an organisation`, {
      role: signer.role,
      allowed: ORGANISATION_ROLES.join(', '),
    });
  if (signer.bin !== action.bin)
    throw new AppError('signature.bin_mismatch', `signer BIN ${signer.bin ?? '-'} ≠ ${action.bin}`, {
      expected: action.bin,
      actual: signer.bin ?? '—',
    });
  if (FULL_AUTHORITY.includes(signer.role)) return;
  const granted = recorded.some(
    (r) => r.bin === action.bin && r.iin === signer.iin && r.powers.includes(action.power),
  );
  if (!granted)
    throw new AppError('signature.power_missing', `no recorded power ${action.power}`, {
      iin: signer.iin ?? '—',
      bin: action.bin,
      power: action.power,
    });
}
