/**
 * A service's process as a graph with a layout: start event, one task per step, an exclusive
 * gateway where a step branches, end events where a path stops; lanes per participant. The
 * BPMN and SVG renderers draw the same layout. Pure.
 */
import { AppError } from '../errors/app-error.ts';
import type { Service } from './schema.ts';

type Process = Service['processes'][number];

export interface DiagramNode {
  id: string;
  kind: 'start' | 'task' | 'service-task' | 'gateway' | 'end';
  name: string;
  /** Tooltip / documentation: duration and the paragraph. */
  detail: string;
  lane: number;
  x: number;
  y: number;
  width: number;
  height: number;
  stepId?: string;
}

export interface DiagramFlow {
  id: string;
  from: string;
  to: string;
  name: string;
}

export interface DiagramPool {
  id: string;
  processId: string;
  name: string;
  lanes: { id: string; name: string; y: number; height: number }[];
  nodes: DiagramNode[];
  flows: DiagramFlow[];
  x: number;
  y: number;
  width: number;
  height: number;
}

const COLUMN = 190;
const SLOT = 120;
const LANE_HEADER = 30;
const POOL_HEADER = 30;
const POOL_GAP = 40;

const size = {
  start: [36, 36],
  end: [36, 36],
  gateway: [50, 50],
  task: [150, 84],
  'service-task': [150, 84],
} as const;

/** The processes of a service (optionally of one case), laid out one pool under another. */
export function layoutService(service: Service, caseId?: string): DiagramPool[] {
  if (caseId !== undefined && !service.cases.some((c) => c.id === caseId))
    throw new AppError('catalog.unknown_case', `Unknown case ${caseId}`, {
      id: service.id,
      case: caseId,
      cases: service.cases.map((c) => c.id).join(', '),
    });
  const processes = service.processes.filter((p) => caseId === undefined || p.cases.includes(caseId));
  let y = 0;
  return processes.map((p, i) => {
    const pool = layoutProcess(p, i, y);
    y += pool.height + POOL_GAP;
    return pool;
  });
}

function layoutProcess(process: Process, index: number, top: number): DiagramPool {
  const lanesUsed = new Map<string, number>();
  const laneOf = (role: string) => {
    if (!lanesUsed.has(role)) lanesUsed.set(role, lanesUsed.size);
    return lanesUsed.get(role) as number;
  };
  const steps = new Map(process.steps.map((s) => [s.id, s]));
  const nodes: DiagramNode[] = [];
  const flows: DiagramFlow[] = [];
  const column = new Map<string, number>();
  const idOf = (stepId: string) => `P${index}_S${process.steps.findIndex((s) => s.id === stepId)}`;
  const node = (n: Omit<DiagramNode, 'x' | 'y' | 'width' | 'height'>, col: number) => {
    nodes.push({ ...n, x: 0, y: 0, width: size[n.kind][0], height: size[n.kind][1] });
    column.set(n.id, col);
    return n.id;
  };
  const flow = (from: string, to: string, name = '') =>
    flows.push({ id: `P${index}_F${flows.length}`, from, to, name });

  // Breadth-first from the start step: a step's column is its distance from the start.
  const first = steps.get(process.start);
  const startLane = laneOf(first?.role ?? process.participants[0]?.id ?? '');
  const startId = node(
    {
      id: `P${index}_Start`,
      kind: 'start',
      name: process.title ?? '',
      detail: process.source,
      lane: startLane,
    },
    0,
  );
  const queue: { stepId: string; col: number }[] = [{ stepId: process.start, col: 1 }];
  const placed = new Set<string>();
  const order: { stepId: string; col: number }[] = [];
  while (queue.length > 0) {
    const item = queue.shift() as { stepId: string; col: number };
    if (placed.has(item.stepId) || !steps.has(item.stepId)) continue;
    placed.add(item.stepId);
    order.push(item);
    const s = steps.get(item.stepId);
    const hop = s !== undefined && s.branches.length > 0 ? 2 : 1;
    for (const next of [s?.next, ...(s?.branches.map((b) => b.next) ?? [])])
      if (next !== null && next !== undefined) queue.push({ stepId: next, col: item.col + hop });
  }
  // Steps no path reaches still appear, after the rest.
  let tail = Math.max(1, ...order.map((o) => o.col)) + 2;
  for (const s of process.steps) if (!placed.has(s.id)) order.push({ stepId: s.id, col: tail++ });

  for (const { stepId, col } of order) {
    const s = steps.get(stepId);
    if (s === undefined) continue;
    const participant = process.participants.find((p) => p.id === s.role);
    const duration = s.duration === null ? '' : `${s.duration.amount} ${s.duration.unit}`;
    node(
      {
        id: idOf(s.id),
        kind: participant?.kind === 'information-system' ? 'service-task' : 'task',
        name: `${s.label ? `${s.label}. ` : ''}${s.action}`,
        detail: [duration, s.result ?? '', s.source].filter(Boolean).join(' · '),
        lane: laneOf(s.role),
        stepId: s.id,
      },
      col,
    );
  }
  const endFor = (from: DiagramNode, name: string) =>
    node(
      { id: `P${index}_End${nodes.length}`, kind: 'end', name, detail: '', lane: from.lane },
      (column.get(from.id) ?? 0) + 1,
    );

  flow(startId, idOf(process.start));
  for (const s of process.steps) {
    const task = nodes.find((n) => n.id === idOf(s.id)) as DiagramNode;
    const target = (next: string | null, from: DiagramNode, name: string) =>
      next === null ? endFor(from, name) : idOf(next);
    if (s.branches.length === 0) {
      flow(task.id, target(s.next, task, s.result ?? ''));
      continue;
    }
    node(
      { id: `${task.id}_G`, kind: 'gateway', name: '', detail: '', lane: task.lane },
      (column.get(task.id) ?? 0) + 1,
    );
    const gateway = nodes.at(-1) as DiagramNode;
    flow(task.id, gateway.id);
    flow(gateway.id, target(s.next, gateway, s.result ?? ''), s.result ?? '');
    for (const b of s.branches) flow(gateway.id, target(b.next, gateway, b.text), b.text);
  }

  // Place: column → x; lane and slot within the (lane, column) cell → y.
  const slots = new Map<string, number>();
  const laneSlots = new Map<number, number>();
  for (const n of nodes) {
    const key = `${n.lane}:${column.get(n.id) ?? 0}`;
    const slot = slots.get(key) ?? 0;
    slots.set(key, slot + 1);
    laneSlots.set(n.lane, Math.max(laneSlots.get(n.lane) ?? 1, slot + 1));
    (n as { slot?: number }).slot = slot;
  }
  const laneCount = lanesUsed.size;
  const laneHeights = Array.from({ length: laneCount }, (_, i) => (laneSlots.get(i) ?? 1) * SLOT);
  const laneTops = laneHeights.map((_, i) => laneHeights.slice(0, i).reduce((a, b) => a + b, 0));
  const left = POOL_HEADER + LANE_HEADER + 20;
  for (const n of nodes) {
    const slot = (n as { slot?: number }).slot ?? 0;
    delete (n as { slot?: number }).slot;
    const cx = left + (column.get(n.id) ?? 0) * COLUMN + size.task[0] / 2;
    const cy = top + (laneTops[n.lane] ?? 0) + slot * SLOT + SLOT / 2;
    n.x = Math.round(cx - n.width / 2);
    n.y = Math.round(cy - n.height / 2);
  }
  const width = left + (Math.max(...nodes.map((n) => column.get(n.id) ?? 0)) + 1) * COLUMN + 20;
  const names = [...lanesUsed.keys()].map(
    (role) => process.participants.find((p) => p.id === role)?.name ?? role,
  );
  return {
    id: `Pool_${index}`,
    processId: `Process_${index}`,
    name: `${process.title ?? process.id} (${process.channel})`,
    lanes: names.map((name, i) => ({
      id: `P${index}_Lane${i}`,
      name,
      y: top + (laneTops[i] ?? 0),
      height: laneHeights[i] ?? SLOT,
    })),
    nodes,
    flows,
    x: 0,
    y: top,
    width,
    height: laneHeights.reduce((a, b) => a + b, 0),
  };
}

export const POOL_HEADER_WIDTH = POOL_HEADER;
export const LANE_HEADER_WIDTH = LANE_HEADER;
