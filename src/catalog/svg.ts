/** An SVG picture of a service's processes, drawn from the same layout as the BPMN. Pure. */
import { escapeXml, route } from './bpmn.ts';
import { POOL_HEADER_WIDTH, layoutService, type DiagramNode } from './diagram.ts';
import type { Service } from './schema.ts';

/** Splits text into at most `lines` lines of about `width` characters, ending with … if cut. */
function wrap(text: string, width: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if ((line + ' ' + word).trim().length > width && line !== '') {
      out.push(line);
      line = word;
    } else line = (line + ' ' + word).trim();
  }
  if (line !== '') out.push(line);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  kept[lines - 1] = `${(kept[lines - 1] as string).slice(0, width - 1)}…`;
  return kept;
}

function shape(n: DiagramNode): string {
  const title = `<title>${escapeXml([n.name, n.detail].filter(Boolean).join('\n'))}</title>`;
  const cx = n.x + n.width / 2;
  const cy = n.y + n.height / 2;
  switch (n.kind) {
    case 'start':
      return `<g>${title}<circle cx="${cx}" cy="${cy}" r="${n.width / 2}" fill="#fff" stroke="#222" stroke-width="1.5"/></g>`;
    case 'end': {
      // The outcome under the circle, as bpmn.io puts an event's label.
      const label = wrap(n.name, 20, 2)
        .map((l, i) => `<tspan x="${cx}" dy="${i === 0 ? 0 : 11}">${escapeXml(l)}</tspan>`)
        .join('');
      return `<g>${title}<circle cx="${cx}" cy="${cy}" r="${n.width / 2}" fill="#fff" stroke="#222" stroke-width="4"/><text x="${cx}" y="${n.y + n.height + 12}" text-anchor="middle" font-size="9">${label}</text></g>`;
    }
    case 'gateway':
      return `<g>${title}<polygon points="${cx},${n.y} ${n.x + n.width},${cy} ${cx},${n.y + n.height} ${n.x},${cy}" fill="#fffbe6" stroke="#222" stroke-width="1.5"/><text x="${cx}" y="${cy + 6}" text-anchor="middle" font-size="18">×</text></g>`;
    case 'task':
    case 'service-task': {
      const lines = wrap(n.name, 24, 5);
      const text = lines
        .map((l, i) => `<tspan x="${cx}" dy="${i === 0 ? 0 : 13}">${escapeXml(l)}</tspan>`)
        .join('');
      const fill = n.kind === 'service-task' ? '#eef6ff' : '#fff';
      return `<g>${title}<rect x="${n.x}" y="${n.y}" width="${n.width}" height="${n.height}" rx="8" fill="${fill}" stroke="#222" stroke-width="1.5"/><text x="${cx}" y="${cy - ((lines.length - 1) * 13) / 2 + 4}" text-anchor="middle" font-size="11">${text}</text></g>`;
    }
  }
}

export function toSvg(service: Service, caseId?: string): string {
  const pools = layoutService(service, caseId);
  const width = Math.max(400, ...pools.map((p) => p.width)) + 2;
  const height = Math.max(100, ...pools.map((p) => p.y + p.height)) + 2;
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="-1 -1 ${width} ${height}" font-family="DejaVu Sans, Arial, sans-serif" role="img" aria-label="${escapeXml(service.title.kk)}">`,
    `<title>${escapeXml(service.title.kk)}</title>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#222"/></marker></defs>',
  ];
  for (const pool of pools) {
    out.push(
      `<rect x="${pool.x}" y="${pool.y}" width="${pool.width}" height="${pool.height}" fill="none" stroke="#222"/>`,
    );
    out.push(
      `<text transform="translate(${pool.x + 19},${pool.y + pool.height / 2}) rotate(-90)" text-anchor="middle" font-size="12" font-weight="bold">${escapeXml(wrap(pool.name, 60, 1)[0] ?? '')}</text>`,
    );
    for (const lane of pool.lanes) {
      const x = pool.x + POOL_HEADER_WIDTH;
      out.push(
        `<rect x="${x}" y="${lane.y}" width="${pool.width - POOL_HEADER_WIDTH}" height="${lane.height}" fill="none" stroke="#999"/>`,
      );
      out.push(
        `<text transform="translate(${x + 19},${lane.y + lane.height / 2}) rotate(-90)" text-anchor="middle" font-size="10">${escapeXml(wrap(lane.name, Math.max(12, Math.floor(lane.height / 7)), 1)[0] ?? '')}</text>`,
      );
    }
    for (const f of pool.flows) {
      const a = pool.nodes.find((n) => n.id === f.from) as DiagramNode;
      const b = pool.nodes.find((n) => n.id === f.to) as DiagramNode;
      const points = route(a, b);
      out.push(
        `<g><title>${escapeXml(f.name)}</title><polyline points="${points.map((p) => p.join(',')).join(' ')}" fill="none" stroke="#222" marker-end="url(#arrow)"/></g>`,
      );
      if (f.name !== '') {
        const [x, y] = points[1] ?? points[0] ?? [0, 0];
        out.push(
          `<text x="${x + 4}" y="${y - 4}" font-size="9" fill="#555">${escapeXml(wrap(f.name, 28, 1)[0] ?? '')}</text>`,
        );
      }
    }
    for (const n of pool.nodes) out.push(shape(n));
  }
  out.push('</svg>', '');
  return out.join('\n');
}
