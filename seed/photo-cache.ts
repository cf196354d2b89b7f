// The demo photos are the same on every seed (deterministic drawings): render each once per machine
// and keep the renditions and hashes in node_modules/.cache, so that `npm run dev` on a fresh
// database and every test database after the first one skip the rendering (the slow part).
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { hashPhoto } from "../lib/photos/perceptual-hash";
import { renderSvgPhoto, type RenderedPhoto } from "../lib/photos/render-svg-photo";

/** Bump when renderSvgPhoto changes the renditions it makes from the same SVG ... */
const VERSION = "webp-600-240-dhash64-v1";
/** ... and this when the hashes change (they are then recomputed from the cached renditions). */
const HASH_VERSION = "dhash-64-colour-64-v2";
const DIR = path.join(process.cwd(), "node_modules", ".cache", "haozao-demo-photos");

interface Stored {
  hashVersion?: string;
  key: string;
  width: number;
  height: number;
  phash: string;
  colours: string;
  renditions: string[];
}

export async function renderDemoPhoto(base: string, svg: string): Promise<RenderedPhoto> {
  const id = createHash("sha256").update(`${VERSION}\n${base}\n${svg}`).digest("hex").slice(0, 32);
  const file = path.join(DIR, `${id}.json`);
  try {
    const stored = JSON.parse(await fs.readFile(file, "utf8")) as Stored;
    const renditions = await Promise.all(
      stored.renditions.map(async (key, i) => ({ key, bytes: await fs.readFile(path.join(DIR, `${id}-${i}.webp`)) })),
    );
    if (stored.hashVersion === HASH_VERSION) {
      return { key: stored.key, width: stored.width, height: stored.height, phash: BigInt(stored.phash), colours: stored.colours, renditions };
    }
    const { phash, colours } = await hashPhoto(renditions[0].bytes);
    await writeWhole(file, JSON.stringify({ ...stored, hashVersion: HASH_VERSION, phash: phash.toString(), colours } satisfies Stored));
    return { key: stored.key, width: stored.width, height: stored.height, phash, colours, renditions };
  } catch {
    // Not cached yet (or unreadable): render it.
  }
  const photo = await renderSvgPhoto(base, svg);
  try {
    await fs.mkdir(DIR, { recursive: true });
    await Promise.all(photo.renditions.map((r, i) => writeWhole(path.join(DIR, `${id}-${i}.webp`), r.bytes)));
    const stored: Stored = {
      hashVersion: HASH_VERSION,
      key: photo.key, width: photo.width, height: photo.height, phash: photo.phash.toString(), colours: photo.colours,
      renditions: photo.renditions.map((r) => r.key),
    };
    // Written last: a reader finds the entry only once its renditions are there.
    await writeWhole(file, JSON.stringify(stored));
  } catch {
    // A read-only tree: seeding still works, only slower next time.
  }
  return photo;
}

/** Write to a temporary name, then rename: other processes seeding at once never read half a file. */
async function writeWhole(file: string, data: string | Uint8Array) {
  const tmp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  await fs.writeFile(tmp, data);
  await fs.rename(tmp, file);
}
