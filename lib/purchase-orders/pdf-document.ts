// The shared PDF pieces of the warehouse's paperwork (packing slip, shipping label, commercial
// invoice and packing list): an A4/label document with the CJK font registered, a Code 128 barcode,
// and a simple table. Chinese text needs the font of findCjkFont (packing-slip-pdf.ts).
import bwipjs from "bwip-js/node";
import PDFDocument from "pdfkit";
import { findCjkFont } from "./packing-slip-pdf";

export async function code128(text: string): Promise<Buffer> {
  return bwipjs.toBuffer({ bcid: "code128", text, scale: 3, height: 14, includetext: true, textxalign: "center" });
}

export function openDocument(info: { title: string; size?: string | [number, number]; margin?: number }) {
  const font = findCjkFont();
  const doc = new PDFDocument({ size: info.size ?? "A4", margin: info.margin ?? 40, info: { Title: info.title, Creator: "Haozao" } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.registerFont("cjk", font.path, font.family);
  doc.font("cjk");
  return { doc, done };
}

export interface Column {
  title: string;
  width: number;
  align?: "left" | "right";
}

/** Draws a table from y; returns the y below it. Adds pages as needed. */
export function table(doc: PDFKit.PDFDocument, columns: Column[], rows: string[][], y: number, footer?: string[]): number {
  const left = doc.page.margins.left;
  const width = columns.reduce((s, c) => s + c.width, 0);
  const row = (cells: string[], size: number) => {
    doc.fontSize(size);
    const height = Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: columns[i].width - 6 }))) + 6;
    if (y + height > doc.page.height - doc.page.margins.bottom - 20) {
      doc.addPage();
      y = doc.page.margins.top;
    }
    let x = left;
    cells.forEach((cell, i) => {
      doc.fillColor("#111").text(cell, x + 3, y + 3, { width: columns[i].width - 6, align: columns[i].align ?? "left" });
      x += columns[i].width;
    });
    y += height;
    doc.moveTo(left, y).lineTo(left + width, y).lineWidth(0.5).strokeColor("#999").stroke();
  };
  row(columns.map((c) => c.title), 8);
  rows.forEach((r) => row(r, 9));
  if (footer) row(footer, 9);
  return y;
}
