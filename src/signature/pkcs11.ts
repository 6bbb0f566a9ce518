/**
 * Officials' keys on a PKCS#11 token — an HSM, or a smart card as the NCA's Kazakh ID cards and
 * eToken/JaCarta are used — through pkcs11js (PeculiarVentures' binding, 2.1.7, a native addon;
 * an optional dependency, loaded only when a token is configured). The private key never leaves
 * the token: the token signs the CMS's signed attributes, cms-signing.ts builds the rest.
 *
 * On the token, an official's key is the private key whose CKA_LABEL is the official's id, and
 * their certificate the certificate object with the same CKA_ID (or, without one, the same
 * label); the other certificates on the token that issued it, up the chain, travel in the CMS.
 * RSA keys sign with CKM_SHA256_RSA_PKCS, EC keys with CKM_ECDSA over a SHA-256 computed here
 * (more tokens offer plain CKM_ECDSA than CKM_ECDSA_SHA256), its r‖s turned into DER.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type * as Pkcs11Js from 'pkcs11js';
import { AppError } from '../errors/app-error.ts';
import { bytesEqual, parseCertificate, type ParsedCertificate } from './certificate.ts';
import { ECDSA_SHA256, RSA_SHA256 } from './cms-signing.ts';
import type { OfficialKeys } from './official-keys.ts';
import type { CmsSigner } from './signer.ts';

export interface Pkcs11Settings {
  /** The token's PKCS#11 library, e.g. /usr/lib/softhsm/libsofthsm2.so. */
  module: string;
  /** The token by its label (as `softhsm2-util --show-slots` or `pkcs11-tool -L` print it), or the slot's index among slots with a token. */
  token: { label: string } | { slotIndex: number };
  /** The user PIN. */
  pin: string;
}

export interface Pkcs11Keys {
  keys: OfficialKeys;
  /** Logs out and unloads the library. */
  close(): void;
}

const unreadable = (reason: string, cause?: unknown) =>
  new AppError('signature.key_unreadable', `PKCS#11: ${reason}`, { reason: `PKCS#11: ${reason}` }, { cause });

function loadBinding(): typeof Pkcs11Js {
  try {
    return createRequire(import.meta.url)('pkcs11js') as typeof Pkcs11Js;
  } catch (error) {
    throw unreadable(
      'the optional package pkcs11js is not installed or did not build (npm install needs a C++ compiler)',
      error,
    );
  }
}

/** A DER INTEGER of an unsigned big-endian number. */
function derInteger(bytes: Uint8Array): Uint8Array {
  let i = 0;
  while (i < bytes.length - 1 && bytes[i] === 0) i++;
  const body = (bytes[i] as number) & 0x80 ? [0, ...bytes.subarray(i)] : [...bytes.subarray(i)];
  return new Uint8Array([0x02, body.length, ...body]);
}

/** PKCS#11's ECDSA signature (r‖s, each half) as CMS carries it: SEQUENCE { r INTEGER, s INTEGER }. */
export function ecdsaDer(raw: Uint8Array): Uint8Array {
  const half = raw.length / 2;
  const body = [...derInteger(raw.subarray(0, half)), ...derInteger(raw.subarray(half))];
  const length = body.length < 0x80 ? [body.length] : [0x81, body.length];
  return new Uint8Array([0x30, ...length, ...body]);
}

/**
 * Opens the token, logs in with the PIN and returns where each official's key is found. Fails
 * at start (`signature.key_unreadable`, saying what) when the library, the token or the PIN is
 * wrong, rather than at the first signature.
 */
export function openPkcs11Keys(settings: Pkcs11Settings): Pkcs11Keys {
  const p = loadBinding();
  const token = new p.PKCS11();
  // A library another opening in this process initialized stays theirs to finalize.
  let owns = true;
  try {
    token.load(settings.module);
    token.C_Initialize();
  } catch (error) {
    if (error instanceof p.Pkcs11Error && error.code === p.CKR_CRYPTOKI_ALREADY_INITIALIZED) owns = false;
    else throw unreadable(`cannot load ${settings.module}`, error);
  }
  const finalize = () => {
    if (owns) token.C_Finalize();
  };
  let session: Buffer;
  try {
    const slots = token.C_GetSlotList(true);
    const wanted = settings.token;
    const slot =
      'label' in wanted
        ? slots.find((s) => token.C_GetTokenInfo(s).label.trim() === wanted.label)
        : slots[wanted.slotIndex];
    if (slot === undefined)
      throw unreadable(
        'label' in wanted ? `no token labelled ${wanted.label}` : `no token in slot ${wanted.slotIndex}`,
      );
    session = token.C_OpenSession(slot, p.CKF_SERIAL_SESSION);
    token.C_Login(session, p.CKU_USER, settings.pin);
  } catch (error) {
    finalize();
    if (error instanceof AppError) throw error;
    const pinWrong = error instanceof p.Pkcs11Error && error.code === p.CKR_PIN_INCORRECT;
    throw pinWrong
      ? new AppError('signature.wrong_password', 'PKCS#11: wrong PIN', {}, { cause: error })
      : unreadable(error instanceof Error ? error.message : String(error), error);
  }

  const find = (template: Pkcs11Js.Template): Buffer[] => {
    token.C_FindObjectsInit(session, template);
    try {
      return token.C_FindObjects(session, 1000);
    } finally {
      token.C_FindObjectsFinal(session);
    }
  };
  const attribute = (handle: Buffer, type: number): Buffer =>
    token.C_GetAttributeValue(session, handle, [{ type }])[0]?.value ?? Buffer.alloc(0);
  const certificates = (): ParsedCertificate[] =>
    find([{ type: p.CKA_CLASS, value: p.CKO_CERTIFICATE }]).map((h) =>
      parseCertificate(new Uint8Array(attribute(h, p.CKA_VALUE))),
    );

  const signerOf = (officialId: string): CmsSigner | null => {
    const [key] = find([
      { type: p.CKA_CLASS, value: p.CKO_PRIVATE_KEY },
      { type: p.CKA_LABEL, value: officialId },
    ]);
    if (key === undefined) return null;
    const id = attribute(key, p.CKA_ID);
    const [certHandle] = find([
      { type: p.CKA_CLASS, value: p.CKO_CERTIFICATE },
      id.length > 0 ? { type: p.CKA_ID, value: id } : { type: p.CKA_LABEL, value: officialId },
    ]);
    if (certHandle === undefined) throw unreadable(`no certificate beside the key ${officialId}`);
    const certificate = parseCertificate(new Uint8Array(attribute(certHandle, p.CKA_VALUE)));
    const others = certificates();
    const chain: ParsedCertificate[] = [];
    for (let c = certificate; !bytesEqual(c.issuerDer, c.subjectDer);) {
      const issuer = others.find((o) => bytesEqual(o.subjectDer, c.issuerDer));
      if (issuer === undefined || chain.includes(issuer)) break;
      chain.push(issuer);
      c = issuer;
    }
    const keyType = attribute(key, p.CKA_KEY_TYPE).readUInt32LE(0);
    if (keyType !== p.CKK_RSA && keyType !== p.CKK_EC)
      throw new AppError('signature.unsupported_algorithm', `PKCS#11 key type ${keyType}`, {
        algorithm: `PKCS#11 key type ${keyType}`,
      });
    const ec = keyType === p.CKK_EC;
    return {
      certificate,
      chain,
      algorithm: ec ? ECDSA_SHA256 : RSA_SHA256,
      // Init and Sign run back to back in one tick, so signatures on the one session never interleave.
      sign: async (toBeSigned) => {
        const mechanism = { mechanism: ec ? p.CKM_ECDSA : p.CKM_SHA256_RSA_PKCS };
        const input = ec ? createHash('sha256').update(toBeSigned).digest() : Buffer.from(toBeSigned);
        token.C_SignInit(session, mechanism, key);
        const value = new Uint8Array(token.C_Sign(session, input, Buffer.alloc(1024)));
        return ec ? ecdsaDer(value) : value;
      },
    };
  };

  const cache = new Map<string, CmsSigner | null>();
  return {
    keys: async (officialId) => {
      if (!cache.has(officialId)) cache.set(officialId, signerOf(officialId));
      return cache.get(officialId) ?? null;
    },
    close: () => {
      token.C_Logout(session);
      token.C_CloseSession(session);
      finalize();
    },
  };
}
