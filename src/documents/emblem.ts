/**
 * The state emblem of the Republic of Kazakhstan at the head of a licence and its appendix.
 *
 * No image of the emblem is in the project or its dependencies, so by default it is a simplified
 * vector drawing, in one colour, of what the emblem shows (Constitutional Law "On state symbols",
 * art. 6 — not among the seeds): a round emblem, the shanyrak in the centre with the uyks
 * radiating from it like the sun's rays, the winged tulpars' wings on either side, the
 * five-pointed star at the top and the inscription "ҚАЗАҚСТАН" at the bottom. A deployment
 * replaces it with the official artwork: `RUQSAT_EMBLEM_IMAGE`, a PNG or JPEG file (src/config.ts).
 * The emblem is part of the signed bytes: documents signed with one artwork re-render for
 * verification only with the same file.
 */
import { readFileSync } from 'node:fs';

/** What the drawing needs of a pdfkit document (kept narrow so it is easy to follow). */
type Pdf = PDFKit.PDFDocument;

let artwork: { path: string; bytes: Buffer } | null | undefined;

/** The deployment's artwork (`RUQSAT_EMBLEM_IMAGE`), read once; null: the vector drawing. */
export function emblemArtwork(): Buffer | null {
  const path = process.env['RUQSAT_EMBLEM_IMAGE']?.trim() ?? '';
  if (artwork === undefined || (artwork?.path ?? '') !== path)
    artwork = path === '' ? null : { path, bytes: readFileSync(path) };
  return artwork?.bytes ?? null;
}

/** Draws the emblem in a `size`-point square whose top-left corner is (x, y). */
export function drawEmblem(doc: Pdf, x: number, y: number, size: number, font: string): void {
  const image = emblemArtwork();
  if (image !== null) {
    doc.image(image, x, y, { fit: [size, size], align: 'center', valign: 'center' });
    return;
  }
  const ink = '#1b1b1b';
  doc.save();
  doc.translate(x, y).scale(size / 200);
  // Drawn in a 200 × 200 box, centre (100, 100); angles from the top, clockwise.
  const at = (deg: number, r: number): [number, number] => {
    const a = (deg * Math.PI) / 180;
    return [100 + r * Math.sin(a), 100 - r * Math.cos(a)];
  };

  // The rim: the outer ring and the band the inscription runs in.
  doc.lineWidth(3).circle(100, 100, 97).stroke(ink);
  doc.lineWidth(1.4).circle(100, 100, 79).stroke(ink);

  // The uyks: rays from the shanyrak to the rim.
  doc.lineWidth(1.6);
  for (let deg = 0; deg < 360; deg += 9) {
    const [x1, y1] = at(deg, 33);
    const [x2, y2] = at(deg, 78);
    doc.moveTo(x1, y1).lineTo(x2, y2);
  }
  doc.stroke(ink);

  // The tulpars' wings, one on each side: feathers sweeping up from the lower side to the top.
  for (const side of [-1, 1]) {
    const feathers = [
      { tip: 282, r: 76, base: 204, width: 20 },
      { tip: 298, r: 76, base: 209, width: 19 },
      { tip: 314, r: 74, base: 214, width: 17 },
      { tip: 330, r: 70, base: 219, width: 15 },
      { tip: 345, r: 63, base: 224, width: 12 },
    ];
    for (const f of feathers) {
      const d = (deg: number) => (side < 0 ? deg : 360 - deg);
      const mid = (f.base + f.tip) / 2;
      const [bx, by] = at(d(f.base), 40);
      const [b2x, b2y] = at(d(f.base + 14), 35);
      const [tx, ty] = at(d(f.tip), f.r);
      const [ox, oy] = at(d(mid - 6), f.r + 14);
      const [ix, iy] = at(d(mid + 4), f.r - f.width);
      doc.moveTo(bx, by).quadraticCurveTo(ox, oy, tx, ty).quadraticCurveTo(ix, iy, b2x, b2y).closePath();
      doc.lineWidth(1.8).fillAndStroke(ink, 'white');
    }
  }

  // The shanyrak: two rings and the crossed bars (kulyk) of the yurt's crown.
  doc.lineWidth(2.2).circle(100, 100, 32).fillAndStroke('white', ink);
  doc.lineWidth(1.2).circle(100, 100, 23).stroke(ink);
  doc.save();
  doc.circle(100, 100, 23).clip();
  doc.lineWidth(2.4);
  for (const o of [-9, 0, 9]) {
    doc.moveTo(100 + o, 76).quadraticCurveTo(100 + o * 1.5, 100, 100 + o, 124);
    doc.moveTo(76, 100 + o).quadraticCurveTo(100, 100 + o * 1.5, 124, 100 + o);
  }
  doc.stroke(ink);
  doc.restore();

  // The five-pointed star at the top, on the rim.
  const star: [number, number][] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? 15 : 6.2;
    const a = (i * 36 * Math.PI) / 180;
    star.push([100 + r * Math.sin(a), 13 - r * Math.cos(a)]);
  }
  doc.polygon(...star);
  doc.lineWidth(2).fillAndStroke(ink, 'white');

  // The inscription along the bottom of the band, each letter turned to face the centre.
  const text = 'ҚАЗАҚСТАН';
  const fontSize = 13;
  const radius = 88;
  doc.font(font).fontSize(fontSize).fillColor(ink);
  const gap = 2.2;
  const widths = [...text].map((ch) => doc.widthOfString(ch));
  const total = widths.reduce((a, b) => a + b, 0) + gap * (widths.length - 1);
  let along = -total / 2;
  [...text].forEach((ch, i) => {
    const w = widths[i] ?? 0;
    const t = (along + w / 2) / radius;
    const px = 100 + radius * Math.sin(t);
    const py = 100 + radius * Math.cos(t);
    doc.save();
    doc.translate(px, py).rotate((-t * 180) / Math.PI);
    doc.text(ch, -w / 2, -fontSize * 0.58, { lineBreak: false });
    doc.restore();
    along += w + gap;
  });
  doc.restore();
  doc.fillColor('black').strokeColor('black').lineWidth(1);
}
