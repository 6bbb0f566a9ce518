/**
 * BPMN 2.0 XML of a service's processes, with diagram interchange (BPMNDI) so bpmn.io tools
 * open it laid out: one pool per process, one lane per participant. Pure.
 */
import type { Service } from './schema.ts';
import { POOL_HEADER_WIDTH, layoutService, type DiagramNode, type DiagramPool } from './diagram.ts';

export function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string,
  );
}

const element: Record<DiagramNode['kind'], string> = {
  start: 'bpmn:startEvent',
  end: 'bpmn:endEvent',
  gateway: 'bpmn:exclusiveGateway',
  task: 'bpmn:userTask',
  'service-task': 'bpmn:serviceTask',
};

export function toBpmn(service: Service, caseId?: string): string {
  const pools = layoutService(service, caseId);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Definitions_ruqsat" targetNamespace="https://ruqsat.kz/bpmn" exporter="ruqsat">',
    '  <bpmn:collaboration id="Collaboration_1">',
    ...pools.map(
      (p) => `    <bpmn:participant id="${p.id}" name="${escapeXml(p.name)}" processRef="${p.processId}" />`,
    ),
    '  </bpmn:collaboration>',
  ];
  for (const pool of pools) out.push(...processXml(pool));
  out.push(
    '  <bpmndi:BPMNDiagram id="Diagram_1">',
    '    <bpmndi:BPMNPlane id="Plane_1" bpmnElement="Collaboration_1">',
  );
  for (const pool of pools) out.push(...diagramXml(pool));
  out.push('    </bpmndi:BPMNPlane>', '  </bpmndi:BPMNDiagram>', '</bpmn:definitions>', '');
  return out.join('\n');
}

function processXml(pool: DiagramPool): string[] {
  const out = [`  <bpmn:process id="${pool.processId}" name="${escapeXml(pool.name)}" isExecutable="false">`];
  out.push(`    <bpmn:laneSet id="${pool.processId}_Lanes">`);
  pool.lanes.forEach((lane, i) => {
    out.push(`      <bpmn:lane id="${lane.id}" name="${escapeXml(lane.name)}">`);
    for (const n of pool.nodes.filter((n) => n.lane === i))
      out.push(`        <bpmn:flowNodeRef>${n.id}</bpmn:flowNodeRef>`);
    out.push('      </bpmn:lane>');
  });
  out.push('    </bpmn:laneSet>');
  for (const n of pool.nodes) {
    // A converging gateway has no name: bpmnlint and BPMN practice label only the diverging ones.
    out.push(`    <${element[n.kind]} id="${n.id}"${n.name ? ` name="${escapeXml(n.name)}"` : ''}>`);
    if (n.detail) out.push(`      <bpmn:documentation>${escapeXml(n.detail)}</bpmn:documentation>`);
    for (const f of pool.flows.filter((f) => f.to === n.id))
      out.push(`      <bpmn:incoming>${f.id}</bpmn:incoming>`);
    for (const f of pool.flows.filter((f) => f.from === n.id))
      out.push(`      <bpmn:outgoing>${f.id}</bpmn:outgoing>`);
    out.push(`    </${element[n.kind]}>`);
  }
  for (const f of pool.flows)
    out.push(
      `    <bpmn:sequenceFlow id="${f.id}" sourceRef="${f.from}" targetRef="${f.to}"${f.name ? ` name="${escapeXml(f.name)}"` : ''} />`,
    );
  out.push('  </bpmn:process>');
  return out;
}

const bounds = (x: number, y: number, width: number, height: number) =>
  `<dc:Bounds x="${x}" y="${y}" width="${width}" height="${height}" />`;

function diagramXml(pool: DiagramPool): string[] {
  const out = [
    `      <bpmndi:BPMNShape id="${pool.id}_di" bpmnElement="${pool.id}" isHorizontal="true">${bounds(pool.x, pool.y, pool.width, pool.height)}</bpmndi:BPMNShape>`,
  ];
  for (const lane of pool.lanes)
    out.push(
      `      <bpmndi:BPMNShape id="${lane.id}_di" bpmnElement="${lane.id}" isHorizontal="true">${bounds(pool.x + POOL_HEADER_WIDTH, lane.y, pool.width - POOL_HEADER_WIDTH, lane.height)}</bpmndi:BPMNShape>`,
    );
  for (const n of pool.nodes)
    out.push(
      `      <bpmndi:BPMNShape id="${n.id}_di" bpmnElement="${n.id}">${bounds(n.x, n.y, n.width, n.height)}</bpmndi:BPMNShape>`,
    );
  for (const f of pool.flows) {
    const [a, b] = [pool.nodes.find((n) => n.id === f.from), pool.nodes.find((n) => n.id === f.to)] as [
      DiagramNode,
      DiagramNode,
    ];
    const points = route(a, b)
      .map(([x, y]) => `<di:waypoint x="${x}" y="${y}" />`)
      .join('');
    out.push(`      <bpmndi:BPMNEdge id="${f.id}_di" bpmnElement="${f.id}">${points}</bpmndi:BPMNEdge>`);
  }
  return out;
}

/** Right side of a to left side of b, with an elbow when they sit in different rows. */
export function route(a: DiagramNode, b: DiagramNode): [number, number][] {
  const ay = a.y + a.height / 2;
  const by = b.y + b.height / 2;
  if (b.x > a.x + a.width) {
    const ax = a.x + a.width;
    const mid = Math.round((ax + b.x) / 2);
    return ay === by
      ? [
          [ax, ay],
          [b.x, by],
        ]
      : [
          [ax, ay],
          [mid, ay],
          [mid, by],
          [b.x, by],
        ];
  }
  // Backwards (a loop): leave from the bottom, come in from the bottom.
  const low = Math.max(a.y + a.height, b.y + b.height) + 14;
  return [
    [a.x + a.width / 2, a.y + a.height],
    [a.x + a.width / 2, low],
    [b.x + b.width / 2, low],
    [b.x + b.width / 2, b.y + b.height],
  ];
}
