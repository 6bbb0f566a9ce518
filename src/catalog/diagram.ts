/**
 * A service's process as a graph with a layout: start event, one task per step, a diverging
 * exclusive gateway where a step branches, a converging one where paths meet, end events named
 * by what the path yields; lanes per participant. The BPMN and SVG renderers draw the same
 * layout. Pure.
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

type Step = Process['steps'][number];
type Condition = Step['branches'][number]['condition'];
type Outcome = 'granted' | 'refused' | 'unknown';

/**
 * What a path yields when it ends after a branch with this condition. `other` is whatever the
 * act did not classify, so the diagram does not guess.
 */
const outcomeOfCondition = {
  'incomplete-documents': 'refused',
  'no-payment': 'refused',
  'invalid-eds': 'refused',
  'state-db-missing': 'refused',
  'requirements-not-met': 'refused',
  'refusal-grounds': 'refused',
  negative: 'refused',
  approved: 'granted',
  positive: 'granted',
  other: 'unknown',
} as const satisfies Record<Condition, Outcome>;

/**
 * End-event names where the act gives the step no result, in the catalog's language. A
 * reasoned refusal is also the service's result in the acts, so a path that may end either way
 * gets "the result is given".
 */
const outcomeName: Record<Outcome, string> = {
  granted: 'Нәтиже берілді',
  refused: 'Бас тартылды',
  unknown: 'Процесс аяқталды',
};

/** One way out of a step: its normal path, or the branches that lead to the same step. */
interface Exit {
  next: string | null;
  /** The flow's label: the branches' conditions; on the normal path the step's result. */
  texts: string[];
  /** The condition of the branch that opened it; undefined on the normal path. */
  condition?: Condition;
}

/** A step's ways out. Branches to one step share one flow: BPMN has no second arrow for them. */
function exitsOf(s: Step): Exit[] {
  const exits: Exit[] = [{ next: s.next, texts: s.result ? [s.result] : [] }];
  for (const b of s.branches) {
    const same = b.next === null ? undefined : exits.find((e) => e.next === b.next);
    if (same === undefined) exits.push({ next: b.next, texts: [b.text], condition: b.condition });
    else same.texts.push(b.text);
  }
  return exits;
}

/** The steps reached from the start along normal paths and the branches `follow` lets through. */
function reach(process: Process, follow: (c: Condition) => boolean): Set<string> {
  const steps = new Map(process.steps.map((s) => [s.id, s]));
  const seen = new Set<string>();
  const queue = [process.start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    const s = steps.get(id);
    if (s === undefined || seen.has(id)) continue;
    seen.add(id);
    for (const next of [s.next, ...s.branches.filter((b) => follow(b.condition)).map((b) => b.next)])
      if (next !== null) queue.push(next);
  }
  return seen;
}

/**
 * What ending after a step yields: granted if a path with no refusing or unclassified branch
 * reaches it, refused if every path to it passes a refusing branch, unknown otherwise.
 */
function stepOutcomes(process: Process): (stepId: string) => Outcome {
  const granted = reach(process, (c) => outcomeOfCondition[c] === 'granted');
  const unrefused = reach(process, (c) => outcomeOfCondition[c] !== 'refused');
  const reached = reach(process, () => true);
  return (id) =>
    granted.has(id) ? 'granted' : reached.has(id) && !unrefused.has(id) ? 'refused' : 'unknown';
}

/** A diverging gateway asks its step's branch conditions. */
const question = (s: Step) => `${s.branches.map((b) => b.text.replace(/[\s.,;:]+$/u, '')).join('; ')}?`;

function layoutProcess(process: Process, index: number, top: number): DiagramPool {
  const lanesUsed = new Map<string, number>();
  const laneOf = (role: string) => {
    if (!lanesUsed.has(role)) lanesUsed.set(role, lanesUsed.size);
    return lanesUsed.get(role) as number;
  };
  const steps = new Map(process.steps.map((s) => [s.id, s]));
  const exits = new Map(process.steps.map((s) => [s.id, exitsOf(s)]));
  const outcomeOf = stepOutcomes(process);
  const forks = (stepId: string) => (exits.get(stepId)?.length ?? 0) > 1;
  // Several arrows into a task read as a join but are none (bpmnlint's fake-join): a step that
  // more than one flow enters gets a converging gateway in front of it.
  const entering = new Map<string, number>([[process.start, 1]]);
  for (const list of exits.values())
    for (const e of list) if (e.next !== null) entering.set(e.next, (entering.get(e.next) ?? 0) + 1);
  const joins = (stepId: string) => (entering.get(stepId) ?? 0) > 1;
  const nodes: DiagramNode[] = [];
  const flows: DiagramFlow[] = [];
  const column = new Map<string, number>();
  const idOf = (stepId: string) => `P${index}_S${process.steps.findIndex((s) => s.id === stepId)}`;
  const entryOf = (stepId: string) => (joins(stepId) ? `${idOf(stepId)}_J` : idOf(stepId));
  const node = (n: Omit<DiagramNode, 'x' | 'y' | 'width' | 'height'>, col: number) => {
    nodes.push({ ...n, x: 0, y: 0, width: size[n.kind][0], height: size[n.kind][1] });
    column.set(n.id, col);
    return nodes.at(-1) as DiagramNode;
  };
  const flow = (from: string, to: string, name = '') =>
    flows.push({ id: `P${index}_F${flows.length}`, from, to, name });

  // Breadth-first from the start step: a step's column is its distance from the start, a
  // gateway taking a column of its own.
  const first = steps.get(process.start);
  const startLane = laneOf(first?.role ?? process.participants[0]?.id ?? '');
  const start = node(
    {
      id: `P${index}_Start`,
      kind: 'start',
      name: process.title ?? '',
      detail: process.source,
      lane: startLane,
    },
    0,
  );
  const after = (col: number, stepId: string) => col + (joins(stepId) ? 2 : 1);
  const queue: { stepId: string; col: number }[] = [{ stepId: process.start, col: after(0, process.start) }];
  const placed = new Set<string>();
  const order: { stepId: string; col: number }[] = [];
  while (queue.length > 0) {
    const item = queue.shift() as { stepId: string; col: number };
    if (placed.has(item.stepId) || !steps.has(item.stepId)) continue;
    placed.add(item.stepId);
    order.push(item);
    const from = forks(item.stepId) ? item.col + 1 : item.col;
    for (const e of exits.get(item.stepId) ?? [])
      if (e.next !== null) queue.push({ stepId: e.next, col: after(from, e.next) });
  }
  // Steps no path reaches still appear, after the rest.
  let tail = Math.max(1, ...order.map((o) => o.col)) + 2;
  for (const s of process.steps) if (!placed.has(s.id)) order.push({ stepId: s.id, col: tail++ });

  const tasks = new Map<string, DiagramNode>();
  for (const { stepId, col } of order) {
    const s = steps.get(stepId);
    if (s === undefined) continue;
    const participant = process.participants.find((p) => p.id === s.role);
    const duration = s.duration === null ? '' : `${s.duration.amount} ${s.duration.unit}`;
    const task = node(
      {
        id: idOf(s.id),
        kind: participant?.kind === 'information-system' ? 'service-task' : 'task',
        // Ruqsat's short label names the task where there is one; the act's words go to the detail.
        name: `${s.label ? `${s.label}. ` : ''}${s.short?.kk ?? s.action}`,
        detail: [s.short === undefined ? '' : s.action, duration, s.result ?? '', s.source]
          .filter(Boolean)
          .join(' · '),
        lane: laneOf(s.role),
        stepId: s.id,
      },
      col,
    );
    tasks.set(s.id, task);
  }
  const next = (from: DiagramNode) => (column.get(from.id) ?? 0) + 1;
  const endFor = (from: DiagramNode, name: string) =>
    node({ id: `P${index}_End${nodes.length}`, kind: 'end', name, detail: '', lane: from.lane }, next(from))
      .id;

  flow(start.id, entryOf(process.start));
  for (const s of process.steps) {
    const task = tasks.get(s.id) as DiagramNode;
    if (joins(s.id)) {
      const join = node(
        { id: `${task.id}_J`, kind: 'gateway', name: '', detail: '', lane: task.lane },
        (column.get(task.id) ?? 1) - 1,
      );
      flow(join.id, task.id);
    }
    // The end of a path is named by what it yields: the step's result where the act gives one.
    const target = (e: Exit, from: DiagramNode) =>
      e.next !== null
        ? entryOf(e.next)
        : endFor(
            from,
            e.condition === undefined
              ? s.result?.trim() || outcomeName[outcomeOf(s.id)]
              : outcomeName[outcomeOfCondition[e.condition]],
          );
    const out = exits.get(s.id) ?? [];
    if (out.length === 1) {
      flow(task.id, target(out[0] as Exit, task));
      continue;
    }
    const gateway = node(
      { id: `${task.id}_G`, kind: 'gateway', name: question(s), detail: '', lane: task.lane },
      next(task),
    );
    flow(task.id, gateway.id);
    for (const e of out) flow(gateway.id, target(e, gateway), e.texts.join('; '));
  }
  return place(process, index, top, { nodes, flows, column, roles: [...lanesUsed.keys()] });
}

/** Places a process's graph: column → x; lane and slot within the (lane, column) cell → y. */
function place(
  process: Process,
  index: number,
  top: number,
  graph: { nodes: DiagramNode[]; flows: DiagramFlow[]; column: Map<string, number>; roles: string[] },
): DiagramPool {
  const { nodes, flows, column, roles } = graph;
  const slots = new Map<string, number>();
  const laneSlots = new Map<number, number>();
  for (const n of nodes) {
    const key = `${n.lane}:${column.get(n.id) ?? 0}`;
    const slot = slots.get(key) ?? 0;
    slots.set(key, slot + 1);
    laneSlots.set(n.lane, Math.max(laneSlots.get(n.lane) ?? 1, slot + 1));
    (n as { slot?: number }).slot = slot;
  }
  const laneHeights = Array.from({ length: roles.length }, (_, i) => (laneSlots.get(i) ?? 1) * SLOT);
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
  const names = roles.map((role) => process.participants.find((p) => p.id === role)?.name ?? role);
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
