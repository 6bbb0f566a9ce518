import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { userMessages } from '../../src/errors/messages.ts';
import { OcspSimulator } from '../../src/signature/revocation.ts';
import { signAttached, signDetached, type SigningKey } from '../../src/signature/sign.ts';
import { verifySignature } from '../../src/signature/verify.ts';
import { signXml } from '../../src/signature/xmldsig.ts';
import { NOW, TEST_IIN, fixture, type Fixture } from './fixtures.ts';

let f: Fixture;
let key: SigningKey;
let cms: Uint8Array;
let xml: string;
const content = new Uint8Array(Buffer.from('fuzz me'));

beforeAll(async () => {
  f = await fixture();
  key = await f.key({ iin: TEST_IIN });
  cms = signAttached(content, key, NOW).der;
  xml = signXml('<a><b x="1">text</b></a>', key.key, key.certificate.der);
});

/** Never throws, never hangs; the code is one of the known ones and is not "ok" for broken input. */
async function clean(bytes: Uint8Array, withContent = true) {
  const r = await verifySignature(bytes, {
    trust: f.trust,
    now: NOW,
    content: withContent ? content : undefined,
    revocation: new OcspSimulator(),
  });
  expect(r.code === 'ok' || r.code in userMessages).toBe(true);
  return r;
}

describe('malformed input: always a clean error', () => {
  it('random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), async (bytes) => {
        expect((await clean(bytes)).valid).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('a valid CMS with bytes flipped, cut or inserted', async () => {
    expect((await clean(cms)).code).toBe('ok');
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: cms.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        fc.nat({ max: cms.length }),
        async (at, xor, cut) => {
          const flipped = new Uint8Array(cms);
          flipped[at] = (flipped[at] as number) ^ xor;
          await clean(flipped);
          await clean(cms.subarray(0, cut));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('base64 text, valid and broken', async () => {
    const b64 = Buffer.from(cms).toString('base64');
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: b64.length }), fc.string({ maxLength: 8 }), async (at, junk) => {
        await clean(new Uint8Array(Buffer.from(b64.slice(0, at) + junk + b64.slice(at))));
      }),
      { numRuns: 150 },
    );
  });

  it('XML, valid and mangled', async () => {
    expect((await clean(new Uint8Array(Buffer.from(xml)), false)).code).toBe('ok');
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: xml.length }),
        fc.nat({ max: 40 }),
        fc.string({ maxLength: 10 }),
        async (at, del, ins) => {
          const mangled = xml.slice(0, at) + ins + xml.slice(at + del);
          await clean(new Uint8Array(Buffer.from(mangled)), false);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('deeply nested or huge-length DER does not hang', async () => {
    const nested = new Uint8Array(4000).map((_, i) => (i % 2 === 0 ? 0x30 : 0x80));
    const r1 = await clean(nested);
    expect(r1.code).toBe('signature.malformed');
    const huge = new Uint8Array([0x30, 0x84, 0x7f, 0xff, 0xff, 0xff, 0x02, 0x01, 0x00]);
    expect((await clean(huge)).code).toBe('signature.malformed');
    expect((await clean(signDetached(content, key, NOW).der)).code).toBe('ok');
  });
});
