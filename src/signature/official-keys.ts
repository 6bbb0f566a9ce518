/**
 * Where a deployment keeps its officials' signing keys: a folder with one PKCS#12 file per
 * official (`<official-id>.p12`) and its password beside it (`<official-id>.password`, readable
 * only by the service account). Keys are read on first use and kept in memory.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../errors/app-error.ts';
import { signingKeyFromPkcs12, type SigningKey } from './sign.ts';

export function officialKeysFrom(dir: string): (officialId: string) => Promise<SigningKey | null> {
  const cache = new Map<string, SigningKey | null>();
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
        cache.set(
          officialId,
          signingKeyFromPkcs12(readFileSync(file), readFileSync(passwordFile, 'utf8').trim()),
        );
      }
    }
    return cache.get(officialId) ?? null;
  };
}
