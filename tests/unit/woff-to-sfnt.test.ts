// The preview images' fonts: a WOFF slice from the font package unwraps to a TrueType file whose
// tables are intact (the text renderer then reads it).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { woffToSfnt } from "@/lib/seo/woff-to-sfnt";

describe("WOFF to TrueType", () => {
  it("restores the sfnt header and every table of a Noto Sans Arabic slice", () => {
    const woff = fs.readFileSync(path.resolve("node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff"));
    const ttf = woffToSfnt(woff);
    const numTables = woff.readUInt16BE(12);
    expect(ttf.readUInt32BE(0)).toBe(woff.readUInt32BE(4)); // flavor
    expect(ttf.readUInt16BE(4)).toBe(numTables);
    expect(ttf.length).toBe(woff.readUInt32BE(16)); // totalSfntSize from the WOFF header
    const tags = Array.from({ length: numTables }, (_, i) => ttf.toString("latin1", 12 + 16 * i, 16 + 16 * i));
    expect(tags).toEqual(expect.arrayContaining(["cmap", "glyf", "GSUB", "head", "name"]));
    // The head table's magic number survives decompression.
    const head = tags.indexOf("head");
    const offset = ttf.readUInt32BE(12 + 16 * head + 8);
    expect(ttf.readUInt32BE(offset + 12)).toBe(0x5f0f3cf5);
  });

  it("refuses what is not WOFF 1.0", () => {
    expect(() => woffToSfnt(Buffer.from("wOF2aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"))).toThrow(/WOFF/);
  });
});
