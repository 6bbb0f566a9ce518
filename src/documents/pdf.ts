/**
 * Lays a document's content out as an A4 PDF with pdfkit: DejaVu Sans embedded (a subset, with
 * every Kazakh letter: ә ғ қ ң ө ұ ү һ і — the PDF standard fonts have none of them), the fields
 * as a two-column table, the paragraphs, and a QR code drawn as vector squares with the short
 * link beside it; from layout 3 the licence and its appendix under the state emblem (emblem.ts).
 * The bytes are what gets hashed and signed; the creation date is the clock's.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { CURRENT_LAYOUT, type DocumentContent } from './content.ts';
import { drawEmblem } from './emblem.ts';

const require = createRequire(import.meta.url);

/** DejaVu Sans from the `dejavu-fonts-ttf` package, so `npm ci` brings it; read once. */
let fonts: { regular: Buffer; bold: Buffer } | undefined;
function dejaVu(): { regular: Buffer; bold: Buffer } {
  if (fonts === undefined) {
    const dir = require.resolve('dejavu-fonts-ttf/package.json').replace(/package\.json$/, 'ttf/');
    fonts = {
      regular: readFileSync(`${dir}DejaVuSans.ttf`),
      bold: readFileSync(`${dir}DejaVuSans-Bold.ttf`),
    };
  }
  return fonts;
}

export interface PdfOptions {
  /** The PDF's creation date (Info dictionary); the clock's, so a rendering can be repeated. */
  now: Date;
  /** "Signed with EDS by … " printed at the foot; the CMS itself is kept beside the PDF. */
  signedBy: string | null;
  /**
   * The layout to print (documents.layout, migrations 0014 and 0019); from 3 the licence and its
   * appendix carry the state emblem. A recorded document is re-rendered with its own.
   */
  layout?: number;
}

/** Renders the content to PDF bytes. */
export function renderPdf(content: DocumentContent, options: PdfOptions): Promise<Uint8Array> {
  const { regular, bold } = dejaVu();
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: {
      Title: `${content.title} ${content.number}`,
      Author: content.issuer,
      Creator: 'Ruqsat',
      Producer: 'Ruqsat',
      CreationDate: options.now,
      ModDate: options.now,
    },
    lang: content.lang === 'kk' ? 'kk-KZ' : 'ru-RU',
  });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });

  const width = doc.page.width - 112;
  const layout = options.layout ?? CURRENT_LAYOUT;
  /** Layout 3 keeps a row, and the QR block, whole: a new page rather than a split or an overlap. */
  const room = (measure: () => number) => {
    if (layout < 3) return;
    const height = measure();
    const bottom = doc.page.height - doc.page.margins.bottom;
    if (doc.y + height > bottom && doc.y > doc.page.margins.top) {
      doc.addPage();
      doc.y = doc.page.margins.top;
    }
  };
  if (content.dateLine !== undefined && layout >= 3) {
    // The state emblem at the head of the licence form, centred above the title.
    const size = 76;
    drawEmblem(doc, (doc.page.width - size) / 2, 40, size, 'bold');
    doc.y = 40 + size + 14;
  }
  if (content.dateLine === undefined) {
    doc.font('bold').fontSize(11).text(content.issuer, { align: 'center', width });
    doc.moveDown(1.2);
    doc.font('bold').fontSize(15).text(content.title, { align: 'center', width });
    doc.font('regular').fontSize(12).text(`№ ${content.number}`, { align: 'center', width });
  } else {
    // The licence form: the title, then the date on the left and the number on the right; the
    // licensor is one of the fields.
    doc.font('bold').fontSize(18).text(content.title, 56, doc.y, { align: 'center', width });
    if (content.mark !== undefined)
      doc.font('bold').fontSize(12).text(content.mark, 56, doc.y, { align: 'center', width });
    doc.moveDown(0.8);
    const y = doc.y;
    doc
      .font('regular')
      .fontSize(11)
      .text(content.dateLine, 56, y, { width: width / 2 });
    doc.text(`№ ${content.number}`, 56 + width / 2, y, { width: width / 2, align: 'right' });
  }
  doc.moveDown(1);

  const labelWidth = 190;
  for (const f of content.fields) {
    room(() =>
      Math.max(
        doc.font('bold').fontSize(10).heightOfString(f.label, { width: labelWidth }),
        doc
          .font('regular')
          .fontSize(10)
          .heightOfString(f.value, { width: width - labelWidth - 10 }),
      ),
    );
    const y = doc.y;
    doc.font('bold').fontSize(10).text(f.label, 56, y, { width: labelWidth });
    const afterLabel = doc.y;
    doc
      .font('regular')
      .fontSize(10)
      .text(f.value, 56 + labelWidth + 10, y, { width: width - labelWidth - 10 });
    doc.y = Math.max(afterLabel, doc.y) + 4;
  }
  doc.moveDown(0.5);
  for (const p of content.paragraphs) {
    if (p.heading !== undefined) {
      doc.moveDown(0.4);
      doc.font('bold').fontSize(11).text(p.heading, 56, doc.y, { width });
    }
    if (p.text !== '') doc.font('regular').fontSize(10).text(p.text, 56, doc.y, { width, align: 'justify' });
  }

  doc.moveDown(1.5);
  if (options.signedBy !== null)
    doc
      .font('regular')
      .fontSize(9)
      .text(
        `${content.lang === 'kk' ? 'ЭЦҚ-мен қол қойылды' : 'Подписано ЭЦП'}: ${options.signedBy}`,
        56,
        doc.y,
        { width },
      );

  if (content.link !== null) {
    const qr = QRCode.create(content.link, { errorCorrectionLevel: 'M' });
    const size = qr.modules.size;
    const cell = 2.5;
    room(() => 12 + size * cell);
    const x0 = 56;
    const y0 = Math.min(doc.y + 12, doc.page.height - 56 - size * cell);
    for (let r = 0; r < size; r++)
      for (let c = 0; c < size; c++)
        if (qr.modules.get(r, c)) doc.rect(x0 + c * cell, y0 + r * cell, cell, cell);
    doc.fill('black');
    doc
      .font('regular')
      .fontSize(9)
      .text(content.link, x0 + size * cell + 12, y0 + (size * cell) / 2 - 5, { link: content.link });
  }
  doc.end();
  return done;
}
