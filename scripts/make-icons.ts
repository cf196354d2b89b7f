// Writes the site's icons into public/ from the logo mark (components/layout/logo.tsx): favicon.ico
// (16, 32, 48), icon.svg, PNG app icons (192, 512, maskable 512), apple-touch-icon (180) and the
// default link-preview image. Run once after changing the logo: `node --import tsx scripts/make-icons.ts`.
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";

const out = path.resolve(import.meta.dirname, "../public");
const mark = (size: number, radius = 11, pad = 0) => `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="${-pad} ${-pad} ${40 + 2 * pad} ${40 + 2 * pad}">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#ff7236"/><stop offset="1" stop-color="#c22606"/></linearGradient></defs>
  ${pad ? `<rect x="${-pad}" y="${-pad}" width="${40 + 2 * pad}" height="${40 + 2 * pad}" fill="url(#g)"/>` : ""}
  <rect width="40" height="40" rx="${radius}" fill="url(#g)"/>
  <path d="M11 28V12h4v6h10v-6h4v16h-4v-6H15v6z" fill="#fff"/>
  <circle cx="30.5" cy="9.5" r="3" fill="#ffe6d4"/>
</svg>`;

const png = (svg: string) => sharp(Buffer.from(svg)).png().toBuffer();

/** An .ico holding PNG images (supported by every browser since IE Vista-era). */
function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach((img, i) => {
    const e = 6 + 16 * i;
    header.writeUInt8(img.size >= 256 ? 0 : img.size, e);
    header.writeUInt8(img.size >= 256 ? 0 : img.size, e + 1);
    header.writeUInt8(0, e + 2);
    header.writeUInt8(0, e + 3);
    header.writeUInt16LE(1, e + 4);
    header.writeUInt16LE(32, e + 6);
    header.writeUInt32LE(img.data.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += img.data.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.data)]);
}

fs.writeFileSync(path.join(out, "icon.svg"), mark(40));
fs.writeFileSync(path.join(out, "icon-192.png"), await png(mark(192)));
fs.writeFileSync(path.join(out, "icon-512.png"), await png(mark(512)));
// Maskable: the mark inside the safe zone (80 %), the background to the edges.
fs.writeFileSync(path.join(out, "icon-maskable-512.png"), await png(mark(512, 11, 5)));
fs.writeFileSync(path.join(out, "apple-touch-icon.png"), await png(mark(180, 0, 3)));
fs.writeFileSync(
  path.join(out, "favicon.ico"),
  ico(await Promise.all([16, 32, 48].map(async (size) => ({ size, data: await png(mark(size)) })))),
);

const preview = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#ea3805"/><stop offset="0.6" stop-color="#f9520f"/><stop offset="1" stop-color="#fbbf24"/></linearGradient></defs>
  <rect width="1200" height="630" fill="url(#bg)"/>
  <circle cx="1100" cy="40" r="260" fill="#fff" opacity="0.1"/>
  <circle cx="760" cy="660" r="200" fill="#fff" opacity="0.1"/>
  <g transform="translate(480 135) scale(6)"><rect width="40" height="40" rx="11" fill="#fff"/><path d="M11 28V12h4v6h10v-6h4v16h-4v-6H15v6z" fill="#ea3805"/><circle cx="30.5" cy="9.5" r="3" fill="#f9520f"/></g>
</svg>`;
fs.writeFileSync(path.join(out, "og-default.png"), await png(preview));

const manifest = {
  name: "Haozao",
  short_name: "Haozao",
  description: "Source from Chinese factories in your language and currency.",
  start_url: "/",
  scope: "/",
  display: "standalone",
  background_color: "#f7f8fa",
  theme_color: "#f9520f",
  icons: [
    { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
    { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
    { src: "/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
  ],
};
fs.writeFileSync(path.join(out, "manifest.webmanifest"), `${JSON.stringify(manifest, null, 2)}\n`);
console.log("icons written to", out);
