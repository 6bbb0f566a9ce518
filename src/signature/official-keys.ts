/**
 * Where a deployment keeps its officials' signing keys: a folder with one PKCS#12 file per
 * official (`<official-id>.p12`) and its password beside it (`<official-id>.password`, readable
 * only by the service account). Keys are read on first use and kept in memory. RSA and EC keys
 * sign through node:crypto, the national CA's GOST keys through gost.ts (signer.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../errors/app-error.ts';
import { keyFileFromPkcs12 } from './sign.ts';
import { signerFromKeyFile, type CmsSigner } from './signer.ts';

/** Where an official's key is found: null when the deployment holds none for them. */
export type OfficialKeys = (officialId: string) => Promise<CmsSigner | null>;

export function officialKeysFrom(dir: string): OfficialKeys {
  const cache = new Map<string, CmsSigner | null>();
  return async (officialId) => {
    if (!/^[\w.-]+$/.test(officialId)) return null; // an id that cannot name a file in the folder
    if (!cache.has(officialId)) {
      const file = join(dir, `${officialId}.p12`);
      const passwordFile = join(dir, `${officialId}.password`);
      if (!existsSync(file)) cache.set(officialId, null);
      else {
        if (!existsSync(passwordFile))
          throw new AppError('signature.key_unreadable', `no password file for ${officialId}`, {
            reason: `${passwordFile} is missing`,
          });
        const password = readFileSync(passwordFile, 'utf8').trim();
        cache.set(officialId, signerFromKeyFile(keyFileFromPkcs12(readFileSync(file), password)));
      }
    }
    return cache.get(officialId) ?? null;
  };
}

/** The first source that holds a key for the official (a token, then the folder, …). */
export function firstKey(...sources: readonly OfficialKeys[]): OfficialKeys {
  return async (officialId) => {
    for (const source of sources) {
      const key = await source(officialId);
      if (key !== null) return key;
    }
    return null;
  };
}
