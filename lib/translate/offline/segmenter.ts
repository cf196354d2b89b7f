// The Chinese word segmenter (jieba, prebuilt native module of @node-rs/jieba): its own dictionary
// plus our title glossary, so "瑜伽砖" stays one word. Made once per process, on first use.
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict";
import { titleTermsZhEn } from "../glossary-titles";

let instance: Jieba | null = null;

export function segmenter(): Jieba {
  if (!instance) {
    instance = Jieba.withDict(dict);
    // "word frequency tag" lines; a high frequency makes the segmenter prefer our words.
    instance.loadDict(Buffer.from(Object.keys(titleTermsZhEn).map((w) => `${w} 200000 n`).join("\n")));
  }
  return instance;
}
