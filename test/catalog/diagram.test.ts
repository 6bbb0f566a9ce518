import { describe, expect, it } from 'vitest';
import { layoutService, type DiagramNode, type DiagramPool } from '../../src/catalog/diagram.ts';
import { loadCatalog } from '../../src/catalog/files.ts';

const { catalog, files } = loadCatalog();

function pool(serviceId: string, processId: string): DiagramPool {
  const service = catalog.versions(serviceId).at(-1)?.service;
  const index = service?.processes.findIndex((p) => p.id === processId) ?? -1;
  const found = service === undefined ? undefined : layoutService(service)[index];
  if (found === undefined) throw new Error(`no process ${serviceId}/${processId}`);
  return found;
}
const byId = (p: DiagramPool, id: string) => p.nodes.find((n) => n.id === id) as DiagramNode;
const taskOf = (p: DiagramPool, stepId: string) => p.nodes.find((n) => n.stepId === stepId) as DiagramNode;
const after = (p: DiagramPool, node: DiagramNode) =>
  p.flows.filter((f) => f.from === node.id).map((f) => ({ to: byId(p, f.to), name: f.name }));
/** The end event a step's normal path stops at (through its gateway, if it branches). */
function endAfter(p: DiagramPool, stepId: string): DiagramNode | undefined {
  const [first] = after(p, taskOf(p, stepId));
  const next =
    first?.to.kind === 'gateway' ? after(p, first.to).find((f) => f.to.kind === 'end')?.to : first?.to;
  return next?.kind === 'end' ? next : undefined;
}

describe('the process diagram', () => {
  it('a gateway asks its step’s branch conditions', () => {
    const p = pool('state-flag-emblem-manufacturing-license', 'portal-issue-reissue');
    const [gateway] = after(p, taskOf(p, 'final-decision'));
    expect(gateway?.to).toMatchObject({ kind: 'gateway', name: 'бас тарту негіздері расталды?' });
  });

  it('branches that lead to one step are one flow that names each condition', () => {
    const p = pool('crypto-protection-means-license', 'office');
    const [gateway] = after(p, taskOf(p, 'consider'));
    const out = after(p, gateway?.to as DiagramNode);
    expect(out).toHaveLength(2);
    const refusal = out.find((f) => f.name !== '');
    expect(refusal?.name.split('; ')).toEqual([
      'мемлекеттік қызметті алушы біліктілік талаптарына сәйкес келмесе',
      'лицензия беруге өтініш берілген жағдайда лицензиялық алым енгізілмесе',
      '16-т. 1), 4), 5) тармақшаларындағы негіздер болса',
    ]);
  });

  it('an end event names the outcome: the step’s result, or what the path to it yields', () => {
    const flag = pool('state-flag-emblem-manufacturing-license', 'portal-issue-reissue');
    expect(endAfter(flag, 'issue-result')?.name).toBe('лицензия / лицензияны қайта ресімдеу');
    const crypto = pool('crypto-goods-import-export-conclusion', 'office');
    expect(endAfter(crypto, 'deliver')?.name).toBe('Нәтиже берілді');
    expect(endAfter(crypto, 'completeness-refusal')?.name).toBe('Бас тартылды');
    expect(endAfter(crypto, 'refusal')?.name).toBe('Бас тартылды');
    // Reached only through a branch the act leaves unclassified (`other`): no outcome guessed.
    expect(endAfter(pool('precious-metals-export-control-act', 'office-elicense'), 'r2')?.name).toBe(
      'Процесс аяқталды',
    );
    // A branch that ends the process: its condition's outcome.
    const security = pool('security-services-license', 'issue-provider');
    const [gateway] = after(security, taskOf(security, 'issue-2'));
    expect(
      after(security, gateway?.to as DiagramNode).map((f) => f.to.kind === 'end' && f.to.name),
    ).toContain('Бас тартылды');
  });

  it('flows merge only at a gateway, one for each step more than one flow enters', () => {
    let joins = 0;
    for (const { data } of files)
      for (const service of data.services)
        for (const p of layoutService(service)) {
          for (const n of p.nodes) {
            const entering = p.flows.filter((f) => f.to === n.id).length;
            if (n.kind !== 'gateway')
              expect({ node: n.id, entering: Math.min(entering, 2) }).toEqual({
                node: n.id,
                entering: n.kind === 'start' ? 0 : 1,
              });
            else if (entering > 1) joins++;
          }
        }
    expect(joins).toBeGreaterThan(0);
    const p = pool('crypto-goods-import-export-conclusion', 'portal');
    const cabinet = taskOf(p, 'cabinet');
    const join = p.flows.find((f) => f.to === cabinet.id)?.from;
    expect(byId(p, join ?? '')).toMatchObject({ kind: 'gateway', name: '' });
    expect(p.flows.filter((f) => f.to === join)).toHaveLength(3);
  });
});
