import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { officialKeysFrom } from '../../src/signature/official-keys.ts';
import { initPki, issueToFile, trustFromPki } from '../../src/signature/pki-files.ts';
import { signResult } from '../../src/signature/signer.ts';
import { verifySignature } from '../../src/signature/verify.ts';

const dir = mkdtempSync(join(tmpdir(), 'ruqsat-keys-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const now = new Date('2026-01-15T06:00:00Z');

describe('officials’ keys from a folder', () => {
  it('signs with <id>.p12 and its password file; an unknown official has no key; a missing password is a clear error', async () => {
    await initPki(join(dir, 'pki'), now);
    await issueToFile(
      join(dir, 'pki'),
      { iin: '850314301011', bin: '080340001111', role: 'official' },
      join(dir, 'head-1.p12'),
      's3cret',
      now,
    );
    writeFileSync(join(dir, 'head-1.password'), 's3cret\n');
    const keys = officialKeysFrom(dir);
    const key = await keys('head-1');
    expect(key).not.toBeNull();
    const content = new TextEncoder().encode('шешім');
    const cms = await signResult(content, key as NonNullable<typeof key>, now);
    const check = await verifySignature(cms.der, {
      trust: trustFromPki(join(dir, 'pki')),
      now,
      content,
      revocation: null,
    });
    expect(check.signer?.iin).toBe('850314301011');
    expect(await keys('nobody')).toBeNull();
    expect(await keys('../pki/root')).toBeNull();
    await issueToFile(
      join(dir, 'pki'),
      { iin: '900722402026', bin: '110640002228', role: 'official' },
      join(dir, 'head-2.p12'),
      'x',
      now,
    );
    await expect(keys('head-2')).rejects.toMatchObject({ code: 'signature.key_unreadable' });
  });
});
