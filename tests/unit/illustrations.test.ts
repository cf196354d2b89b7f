import { describe, it, expect } from "vitest";
import sharp from "sharp";
import { drawingKeys, type DrawingKey } from "../../lib/photos/drawing-keys";
import { renderIllustrationSvg, type IllustrationSpec } from "../../lib/photos/illustrations";
import { colourSignature, hammingDistance, hashSvg, perceptualHash } from "../../lib/photos/perceptual-hash";

const warm = { primary: "#e86f5c", secondary: "#2f4858", accent: "#f6c85f", background: "#fbe9e1" };
const cool = { primary: "#3a86ff", secondary: "#ffbe0b", accent: "#fb5607", background: "#e4efff" };
const patterns: IllustrationSpec["pattern"][] = ["plain", "stripes", "dots", "grid", "waves", "floral"];

const spec = (drawing: DrawingKey, extra: Partial<IllustrationSpec> = {}): IllustrationSpec => ({
  drawing,
  palette: warm,
  pattern: patterns[drawingKeys.indexOf(drawing) % patterns.length],
  view: 0,
  variant: 0,
  ...extra,
});

/** Cheap well-formedness check: every opened tag is closed in order. */
function balanced(svg: string): boolean {
  const stack: string[] = [];
  for (const m of svg.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
    if (m[1]) {
      if (stack.pop() !== m[2]) return false;
    } else if (!m[3]) stack.push(m[2]);
  }
  return stack.length === 0;
}

function sigDistance(a: string, b: string): number {
  let d = 0;
  for (let i = 0; i < a.length; i += 2) d += Math.abs(parseInt(a.slice(i, i + 2), 16) - parseInt(b.slice(i, i + 2), 16));
  return d;
}

describe("renderIllustrationSvg", () => {
  it.each([...drawingKeys])("%s renders valid SVG in every view", async (key) => {
    for (const view of [0, 1, 2]) {
      const svg = renderIllustrationSvg(spec(key, { view }));
      expect(svg.startsWith("<svg")).toBe(true);
      expect(svg).toMatch(/width="800" height="800" viewBox="0 0 100 100"/);
      expect(balanced(svg)).toBe(true);
      expect(svg.length).toBeLessThan(14_000);
      const meta = await sharp(Buffer.from(svg)).metadata();
      expect(meta.width).toBe(800);
      const png = await sharp(Buffer.from(svg), { density: 24 }).png().toBuffer();
      expect(png.length).toBeGreaterThan(1000);
    }
  });

  it("uses unique, spec-dependent id prefixes", () => {
    const a = renderIllustrationSvg(spec("mug"));
    const b = renderIllustrationSvg(spec("mug", { palette: cool }));
    const id = (s: string) => /id="([a-z0-9]+?)p"/.exec(s)?.[1];
    expect(id(a)).toBeTruthy();
    expect(id(a)).not.toBe(id(b));
  });
});

describe("perceptual hashes of illustrations", () => {
  it("is deterministic and returns a signed 64-bit value", async () => {
    const svg = renderIllustrationSvg(spec("sneaker"));
    const a = await hashSvg(svg);
    const b = await hashSvg(svg);
    expect(a.phash).toBe(b.phash);
    expect(BigInt.asIntN(64, a.phash)).toBe(a.phash);
    expect(a.colours).toMatch(/^[0-9a-f]{54}$/);
    expect(hammingDistance(a.phash, a.phash)).toBe(0);
    expect(hammingDistance(-1n, 0n)).toBe(64);
  });

  it("perceptualHash works on raster input too", async () => {
    const png = await sharp(Buffer.from(renderIllustrationSvg(spec("mug"), 256))).png().toBuffer();
    const h = await perceptualHash(png);
    expect(typeof h).toBe("bigint");
    expect((await colourSignature(png)).length).toBe(54);
  });

  it("variants 0..3 of the same spec stay within 6 bits", async () => {
    let max = 0;
    for (const key of drawingKeys) {
      for (const view of [0, 1, 2]) {
        const base = (await hashSvg(renderIllustrationSvg(spec(key, { view })))).phash;
        for (const variant of [1, 2, 3]) {
          const h = (await hashSvg(renderIllustrationSvg(spec(key, { view, variant })))).phash;
          const d = hammingDistance(base, h);
          max = Math.max(max, d);
          expect(d, `${key} view ${view} variant ${variant}`).toBeLessThanOrEqual(6);
        }
      }
    }
    expect(max).toBeLessThanOrEqual(6);
  }, 120_000);

  it("different drawings (same palette) are more than 10 bits apart", async () => {
    const hashes = new Map<DrawingKey, bigint>();
    for (const key of drawingKeys) hashes.set(key, (await hashSvg(renderIllustrationSvg(spec(key, { pattern: "plain" })))).phash);
    const d = (a: DrawingKey, b: DrawingKey) => hammingDistance(hashes.get(a)!, hashes.get(b)!);
    // a fixed sample: every drawing against its neighbour in the list and against the one half the list away
    const n = drawingKeys.length;
    for (let i = 0; i < n; i++) {
      for (const j of [(i + 1) % n, (i + n / 2) % n]) {
        expect(d(drawingKeys[i], drawingKeys[j]), `${drawingKeys[i]} vs ${drawingKeys[j]}`).toBeGreaterThan(10);
      }
    }
    // and over all 1326 pairs: no two drawings come near the "same product" threshold, and almost all are > 10
    let close = 0;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dist = d(drawingKeys[i], drawingKeys[j]);
        expect(dist, `${drawingKeys[i]} vs ${drawingKeys[j]}`).toBeGreaterThan(6);
        if (dist <= 10) close++;
      }
    }
    expect(close / ((n * (n - 1)) / 2)).toBeLessThan(0.02);
  }, 60_000);

  it("different palettes of the same drawing have different colour signatures", async () => {
    for (const key of ["mug", "tshirt", "phone-case", "drill", "screws", "necklace"] as DrawingKey[]) {
      const a = await hashSvg(renderIllustrationSvg(spec(key, { palette: warm })));
      const b = await hashSvg(renderIllustrationSvg(spec(key, { palette: cool })));
      expect(a.colours).not.toBe(b.colours);
      expect(sigDistance(a.colours, b.colours), key).toBeGreaterThan(60);
      // ...while variants of one spec keep a close signature
      const v = await hashSvg(renderIllustrationSvg(spec(key, { palette: warm, variant: 2 })));
      expect(sigDistance(a.colours, v.colours)).toBeLessThan(sigDistance(a.colours, b.colours));
    }
  }, 60_000);
});
