/**
 * Every diagram the catalog exports (each service version, whole and per case) as the bpmn.io
 * tools read it: bpmn-moddle imports it without a warning, and bpmnlint with the repository's
 * .bpmnlintrc (the recommended rules) reports nothing, warnings included.
 */
import { readFileSync } from 'node:fs';
import { BpmnModdle } from 'bpmn-moddle';
import { Linter } from 'bpmnlint';
import NodeResolver from 'bpmnlint/lib/resolver/node-resolver.js';
import { describe, expect, it } from 'vitest';
import { toBpmn } from '../../src/catalog/bpmn.ts';
import { loadCatalog } from '../../src/catalog/files.ts';

const config = JSON.parse(readFileSync(new URL('../../.bpmnlintrc', import.meta.url), 'utf8'));
const { files } = loadCatalog();
const moddle = new BpmnModdle();

async function check(xml: string) {
  const { rootElement, warnings } = await moddle.fromXML(xml);
  // A linter per diagram: bpmnlint's rules remember what they saw, so one linter would report
  // the sequence flows of earlier diagrams as duplicates.
  const reports = await new Linter({ config, resolver: new NodeResolver() }).lint(rootElement);
  return {
    warnings: warnings.map((w) => w.message),
    reports: Object.entries(reports).flatMap(([rule, list]) =>
      list.map((r) => `${r.category} ${rule} ${r.id ?? ''}: ${r.message}`),
    ),
  };
}

describe('the BPMN export passes bpmnlint', () => {
  it('the config is the recommended rule set, nothing turned off', () => {
    expect(config).toEqual({ extends: 'bpmnlint:recommended' });
  });

  for (const { data } of files)
    for (const service of data.services)
      for (const caseId of [undefined, ...service.cases.map((c) => c.id)])
        it(`${data.act.id}/${service.id} v${service.version} ${caseId ?? '(every case)'}`, async () => {
          expect(await check(toBpmn(service, caseId))).toEqual({ warnings: [], reports: [] });
        });

  it('catches an unlabelled gateway (the check can fail)', async () => {
    const service = files[0]?.data.services[0];
    if (service === undefined) throw new Error('missing');
    const xml = toBpmn(service).replace(/(<bpmn:exclusiveGateway id="[^"]+_G") name="[^"]*"/, '$1');
    expect((await check(xml)).reports).toEqual([
      expect.stringMatching(/^error label-required \S+_G: Element is missing label\/name$/),
    ]);
  });
});
