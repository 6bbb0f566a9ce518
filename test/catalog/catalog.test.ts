import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { toBpmn } from '../../src/catalog/bpmn.ts';
import { Catalog } from '../../src/catalog/catalog.ts';
import { exportEntry, exportService, importExport } from '../../src/catalog/export.ts';
import { checkFile, loadCatalog } from '../../src/catalog/files.ts';
import { toSvg } from '../../src/catalog/svg.ts';

const { catalog, files, problems } = loadCatalog();
const entries = files.flatMap(({ file, data }) =>
  data.services.map((service) => ({ file, act: data.act, service })),
);

describe('the catalog data', () => {
  it('every file validates against the schema and its cross-references', () => {
    expect(problems).toEqual([]);
    expect(files.map((f) => f.data.act.id)).toEqual(['000', '001', '002', '003', '004']);
  });

  it('holds the 19 services the seeds approve (1 + 1 + 5 + 6 + 6)', () => {
    const perAct = files.map((f) => f.data.services.length);
    expect(perAct).toEqual([1, 1, 5, 6, 6]);
  });

  it('the flag-and-emblem license of 000 is a later version of the one in 003', () => {
    const versions = catalog.versions('state-flag-emblem-manufacturing-license');
    expect(versions.map((v) => [v.act.id, v.service.version])).toEqual([
      ['003', 1],
      ['000', 2],
    ]);
  });

  it('every service has a case with a deadline, or defers every term to an act not in the seeds', () => {
    for (const { service } of entries) {
      const withDeadline = service.cases.some((c) => c.deadline !== null);
      const deferred = service.cases.every((c) => c.deadlineDeferredTo !== null);
      expect({ id: service.id, ok: withDeadline || deferred }).toEqual({ id: service.id, ok: true });
    }
    // Only the 2012 e-regulation of 003 states no term at all; its successor in 000 does.
    expect(
      entries
        .filter((e) => e.service.cases.every((c) => c.deadline === null))
        .map((e) => `${e.act.id}/${e.service.id}`),
    ).toEqual(['003/state-flag-emblem-manufacturing-license']);
  });

  it('every deadline not stated as the service term says what it is instead', () => {
    for (const { service } of entries)
      for (const c of service.cases)
        if (c.deadline !== null && c.deadline.basis === 'sum-of-steps')
          expect(c.deadlineDeferredTo).not.toBeNull();
  });

  it('every refusal ground, step role and step duration carries a source', () => {
    for (const { service } of entries) {
      for (const g of service.refusalGrounds) expect(g.source.trim()).not.toBe('');
      for (const p of service.processes)
        for (const s of p.steps) {
          expect(s.source.trim()).not.toBe('');
          expect(p.participants.find((r) => r.id === s.role)?.source.trim()).toBeTruthy();
          if (s.duration !== null) expect(s.duration.source.trim()).not.toBe('');
        }
    }
  });
});

describe("step short labels (Ruqsat's wording, issue 16)", () => {
  const steps = entries.flatMap(({ act, service }) =>
    service.processes.flatMap((p) =>
      p.steps.map((s) => ({ at: `${act.id}/${service.id}/${p.id}/${s.id}`, s })),
    ),
  );

  it("every step of the 19 service versions has one in kk, ru and en, shorter than the act's sentence", () => {
    // 14 + 40 + 195 + 97 + 113 steps in the five acts.
    expect(steps).toHaveLength(459);
    const missing = steps.filter(({ s }) => s.short === undefined).map(({ at }) => at);
    expect(missing).toEqual([]);
    for (const { at, s } of steps) {
      const short = s.short;
      if (short === undefined) continue;
      for (const lang of ['kk', 'ru', 'en'] as const)
        expect({ at, lang, short: short[lang].length <= 60 }).toEqual({
          at,
          lang,
          short: true,
        });
    }
  });

  it('seed 000: the completeness check and the site visit read as Ruqsat words them', () => {
    const flag = catalog.versions('state-flag-emblem-manufacturing-license').at(-1)?.service;
    const step = (id: string) => flag?.processes[0]?.steps.find((s) => s.id === id);
    expect(step('completeness-check')?.short?.ru).toBe('Проверить полноту документов');
    expect(step('site-visit')?.short).toEqual({
      kk: 'Объектіге барып тексеру',
      ru: 'Выезд на объект',
      en: 'Site visit',
    });
    // The act's own sentence stays as it is (10-т.).
    expect(step('completeness-check')?.action).toMatch(/толықтығын тексереді$/);
  });
});

describe('versions', () => {
  const flag = 'state-flag-emblem-manufacturing-license';

  it('an application follows the version in force on its registration date', () => {
    expect(catalog.resolve(flag, '2014-05-01', { acceptRepealed: false }).act.id).toBe('003');
    expect(catalog.resolve(flag, '2024-05-01', { acceptRepealed: false }).act.id).toBe('000');
  });

  it('between versions, or before the first, there is no service to apply for', () => {
    expect(() => catalog.resolve(flag, '2018-01-01', { acceptRepealed: false })).toThrow(/No version/);
    expect(() => catalog.resolve(flag, '2010-01-01', { acceptRepealed: true })).toThrow(/No version/);
  });

  it('a repealed service is refused unless the deployment accepts repealed services, and then marked', () => {
    expect(() =>
      catalog.resolve('security-services-license', '2026-11-23', { acceptRepealed: false }),
    ).toThrow(/No version/);
    const r = catalog.resolve('security-services-license', '2026-11-23', { acceptRepealed: true });
    expect(r.repealed).toBe(true);
    expect(catalog.resolve(flag, '2026-11-23', { acceptRepealed: false }).repealed).toBe(false);
  });

  it('an unknown service is a clear error', () => {
    expect(() => catalog.versions('no-such-service')).toThrow(/Unknown service/);
  });

  it('a file with two versions of one service picks by date', () => {
    const data = files[0]?.data;
    if (data === undefined) throw new Error('no catalog');
    const [service] = data.services;
    if (service === undefined) throw new Error('no service');
    const twoVersions = new Catalog([
      {
        file: 'x.json',
        data: {
          ...data,
          services: [
            { ...service, id: 'x', version: 1, validFrom: '2020-01-01', validTo: '2022-01-01' },
            { ...service, id: 'x', version: 2, validFrom: '2022-01-01', validTo: null },
          ],
        },
      },
    ]);
    expect(twoVersions.resolve('x', '2021-12-31', { acceptRepealed: false }).service.version).toBe(1);
    expect(twoVersions.resolve('x', '2022-01-01', { acceptRepealed: false }).service.version).toBe(2);
  });
});

describe('validation errors name the file, the path and the problem', () => {
  it('malformed JSON', () => {
    expect(checkFile('bad.json', '{"act":')).toEqual({
      problems: [
        expect.objectContaining({
          file: 'bad.json',
          path: '(file)',
          message: expect.stringMatching(/not valid JSON/),
        }),
      ],
    });
  });

  it('a wrong unit and a dangling step reference', () => {
    const data = structuredClone(files[0]?.data) as Record<string, any>;
    data['services'][0].cases[0].deadline.unit = 'weeks';
    const r = checkFile('x.json', JSON.stringify(data));
    expect('problems' in r && r.problems[0]).toMatchObject({
      file: 'x.json',
      path: 'services.0.cases.0.deadline.unit',
    });

    const data2 = structuredClone(files[0]?.data) as Record<string, any>;
    data2['services'][0].processes[0].steps[0].next = 'nowhere';
    const r2 = checkFile('x.json', JSON.stringify(data2));
    expect('problems' in r2 && r2.problems[0]).toMatchObject({
      path: 'services.0.processes.0.steps.0.next',
      message: 'unknown step "nowhere"',
    });
  });

  it('a missing source is refused', () => {
    const data = structuredClone(files[0]?.data) as Record<string, any>;
    data['services'][0].refusalGrounds[0].source = '';
    const r = checkFile('x.json', JSON.stringify(data));
    expect('problems' in r && r.problems[0]?.path).toBe('services.0.refusalGrounds.0.source');
  });
});

describe('BPMN and SVG', () => {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (name, _path, _leaf, isAttribute) => !isAttribute && !name.startsWith('?'),
  });
  const asArray = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

  for (const { service, act } of entries) {
    it(`${act.id}/${service.id}: every process has one start, an end, and every step`, () => {
      const xml = toBpmn(service);
      const doc = parser.parse(xml) as Record<string, any>;
      const definitions = doc['bpmn:definitions'][0];
      const processes = asArray<Record<string, any>>(definitions['bpmn:process']);
      expect(processes).toHaveLength(service.processes.length);
      processes.forEach((p, i) => {
        const steps = service.processes[i]?.steps ?? [];
        expect(asArray(p['bpmn:startEvent'])).toHaveLength(1);
        expect(asArray(p['bpmn:endEvent']).length).toBeGreaterThanOrEqual(1);
        const tasks = [
          ...asArray<Record<string, string>>(p['bpmn:userTask']),
          ...asArray<Record<string, string>>(p['bpmn:serviceTask']),
        ];
        expect(tasks).toHaveLength(steps.length);
        const names = new Set(tasks.map((t) => t['name']));
        // Each task is named by Ruqsat's short label (Kazakh); the act's sentence is its documentation.
        for (const s of steps)
          expect(names.has(`${s.label ? `${s.label}. ` : ''}${s.short?.kk ?? s.action}`)).toBe(true);
        // Every flow connects two elements of the process.
        const ids = new Set(
          [
            'bpmn:startEvent',
            'bpmn:endEvent',
            'bpmn:userTask',
            'bpmn:serviceTask',
            'bpmn:exclusiveGateway',
          ].flatMap((k) => asArray<Record<string, string>>(p[k]).map((e) => e['id'])),
        );
        for (const f of asArray<Record<string, string>>(p['bpmn:sequenceFlow'])) {
          expect(ids.has(f['sourceRef'])).toBe(true);
          expect(ids.has(f['targetRef'])).toBe(true);
        }
      });
    });
  }

  it('the SVG is well-formed XML with a shape per step', () => {
    const service = catalog.versions('state-flag-emblem-manufacturing-license').at(-1)?.service;
    if (service === undefined) throw new Error('missing');
    const svg = toSvg(service, 'issue');
    expect(() => parser.parse(svg)).not.toThrow();
    expect(svg.match(/<rect [^>]*rx="8"/g)?.length).toBe(
      service.processes.filter((p) => p.cases.includes('issue')).reduce((n, p) => n + p.steps.length, 0),
    );
  });

  it('an unknown case is a clear error', () => {
    const service = catalog.versions('state-flag-emblem-manufacturing-license').at(-1)?.service;
    if (service === undefined) throw new Error('missing');
    expect(() => toBpmn(service, 'nope')).toThrow(/Unknown case/);
  });
});

describe('export', () => {
  it('has the documented shape for every service version', () => {
    for (const entry of entries) {
      const e = exportEntry(entry);
      expect(e).toMatchObject({
        id: expect.any(String),
        act: {
          number: expect.any(String),
          date: expect.any(String),
          status: expect.stringMatching(/in-force|repealed/),
        },
        title: { kk: expect.any(String) },
        provider: { kk: expect.any(String) },
        channels: expect.any(Array),
        refusalGrounds: expect.any(Array),
        documents: expect.any(Array),
      });
      for (const c of e.cases) {
        expect(c.feeMci === null || typeof c.feeMci === 'number').toBe(true);
        for (const s of c.steps)
          expect(s).toMatchObject({ role: expect.any(String), action: expect.any(String) });
      }
    }
  });

  it('000: issue is 7 working days for 10 MCI with the Rules paragraph as its source', () => {
    const e = exportEntry(
      catalog.versions('state-flag-emblem-manufacturing-license').at(-1) as (typeof entries)[number],
    );
    const issue = e.cases.find((c) => c.kind === 'issue');
    expect(issue?.deadline).toMatchObject({ amount: 7, unit: 'working_days' });
    expect(issue?.deadline?.source).toMatch(/12-т/);
    expect(issue?.feeMci).toBe(10);
  });

  it('keeps hearing, tacit consent and appeal: 000 12-1-т. and 16-т.; 004 16-т. 2-бөлік', () => {
    const flag = exportEntry(
      catalog.versions('state-flag-emblem-manufacturing-license').at(-1) as (typeof entries)[number],
    );
    expect(flag.hearing?.source).toMatch(/12-1-т/);
    expect(flag.appeal?.reviewByProvider).toMatchObject({ amount: 5, unit: 'working_days' });
    const knb = exportEntry(
      catalog.versions('ors-special-technical-means-license').at(-1) as (typeof entries)[number],
    );
    expect(knb.tacitConsent).toMatchObject({ applies: true });
  });
});

describe('export is lossless (issue 13 item 14: it dropped hearing, tacitConsent and appeal)', () => {
  const withoutSchema = ({ $schema: _s, ...data }: (typeof files)[number]['data']) => data;
  const byVersion = <T extends { id: string; version: number }>(list: T[]) =>
    [...list].sort((a, b) => a.id.localeCompare(b.id) || a.version - b.version);

  it('export → JSON text → import gives back every catalog file, deep-equal', () => {
    // The CLI's order (catalog.list(), then every version of each), through JSON text as a file would.
    const text = JSON.stringify(
      catalog.list().flatMap((e) => catalog.versions(e.service.id).map(exportService)),
    );
    const imported = importExport(JSON.parse(text));
    if ('problems' in imported) throw new Error(JSON.stringify(imported.problems));
    const original = new Map(files.map((f) => [f.file, withoutSchema(f.data)]));
    expect(imported.files.map((f) => f.file).sort()).toEqual([...original.keys()].sort());
    for (const { file, data } of imported.files) {
      const before = original.get(file);
      expect(data.act).toEqual(before?.act);
      expect(byVersion(data.services)).toEqual(byVersion(before?.services ?? []));
    }
    // 19 service versions over the 5 acts, none lost (1 + 1 + 5 + 6 + 6).
    expect(imported.files.reduce((n, f) => n + f.data.services.length, 0)).toBe(19);
  });

  it('an export with a broken definition is refused with the path', () => {
    const one = exportService(entries[0] as (typeof entries)[number]);
    const broken = {
      ...one,
      definition: { ...one.definition, service: { ...one.definition.service, id: '' } },
    };
    const result = importExport([broken]);
    expect('problems' in result && result.problems[0]?.path).toBe('0.definition.service.id');
  });

  it('two entries of one file with different acts are refused', () => {
    const [a, b] = entries.filter((e) => e.act.id === '004').map(exportService);
    if (a === undefined || b === undefined) throw new Error('missing');
    const result = importExport([
      a,
      { ...b, definition: { ...b.definition, act: { ...b.definition.act, number: 'x' } } },
    ]);
    expect('problems' in result && result.problems[0]?.message).toMatch(/different act/);
  });
});

describe('JSON Schema for editors', () => {
  it('schema/catalog.schema.json is what the zod schema generates (run: npx ruqsat catalog schema)', async () => {
    const { readFileSync } = await import('node:fs');
    const { catalogJsonSchema } = await import('../../src/catalog/json-schema.ts');
    expect(readFileSync(new URL('../../schema/catalog.schema.json', import.meta.url), 'utf8')).toBe(
      catalogJsonSchema(),
    );
  });
});
