/**
 * The state emblem at the head of the licence (layout 3): the vector drawing by default, the
 * deployment's artwork from RUQSAT_EMBLEM_IMAGE, and none on documents signed with layout 2,
 * which must re-render to the bytes that were signed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.ts';
import type { DocumentContent } from '../../src/documents/content.ts';
import { PNG_1X1 } from '../fixtures/png.ts';
import { renderPdf } from '../../src/documents/pdf.ts';

const licence: DocumentContent = {
  kind: 'license',
  lang: 'kk',
  issuer: 'Лицензиар',
  title: 'ЛИЦЕНЗИЯ',
  number: 'KZ36DDS25000001',
  dateLine: '03.06.2025 жылғы',
  fields: [{ label: 'Берілді', value: '«Туған Жер Баспа» ЖШС' }],
  paragraphs: [],
  link: 'http://localhost:3000/p/KZ36DDS25000001',
};
const options = { now: new Date('2025-06-03T05:00:00Z'), signedBy: null };
const latin1 = (pdf: Uint8Array) => Buffer.from(pdf).toString('latin1');
const PNG = PNG_1X1;

describe('the state emblem on the licence', () => {
  let dir: string | undefined;
  afterEach(() => {
    delete process.env['RUQSAT_EMBLEM_IMAGE'];
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it('layout 3 draws the vector emblem; layout 2 (documents signed before) does not', async () => {
    const three = await renderPdf(licence, { ...options, layout: 3 });
    const two = await renderPdf(licence, { ...options, layout: 2 });
    expect(latin1(three)).not.toContain('/Subtype /Image');
    expect(three.length).toBeGreaterThan(two.length + 500);
    expect(await renderPdf(licence, { ...options, layout: 2 })).toEqual(two);
    expect(await renderPdf({ ...licence, dateLine: undefined, kind: 'receipt' }, options)).not.toEqual(three);
  });

  it('RUQSAT_EMBLEM_IMAGE puts the deployment artwork in its place', async () => {
    dir = mkdtempSync(join(tmpdir(), 'emblem-'));
    const file = join(dir, 'emblem.png');
    writeFileSync(file, PNG);
    expect(() => readConfig({ RUQSAT_EMBLEM_IMAGE: file })).not.toThrow();
    process.env['RUQSAT_EMBLEM_IMAGE'] = file;
    expect(latin1(await renderPdf(licence, { ...options, layout: 3 }))).toContain('/Subtype /Image');
    expect(() => readConfig({ RUQSAT_EMBLEM_IMAGE: join(dir ?? '', 'none.png') })).toThrow(
      /RUQSAT_EMBLEM_IMAGE/,
    );
    expect(() => readConfig({ RUQSAT_EMBLEM_IMAGE: join(dir ?? '', 'emblem.svg') })).toThrow(
      /RUQSAT_EMBLEM_IMAGE/,
    );
  });
});
