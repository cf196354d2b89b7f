import "server-only";
// Chinese word segmentation for queries (jieba, its own dictionary): "手机壳批发" is two words,
// "手机壳" and "批发", each matched on its own, as "手机壳 批发" is. Japanese (kana) and Korean
// runs are left whole: jieba knows Chinese only.
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict";

let jieba: Jieba | null = null;
const HAN_ONLY = /^[\u3400-\u4dbf\u4e00-\u9fff]+$/;

/**
 * The words of a run of CJK characters. A one-character word ("壳" after "手机") is joined to its
 * neighbour: alone it would match far too much, and has no two-character run for the index.
 */
export function segmentChinese(run: string): string[] {
  if (!HAN_ONLY.test(run) || [...run].length < 3) return [run];
  jieba ??= Jieba.withDict(dict);
  const words = jieba.cut(run, false).filter((w) => w.trim());
  const out: string[] = [];
  for (const word of words) {
    if ([...word].length === 1 && out.length) out[out.length - 1] += word;
    else if (out.length && [...out[out.length - 1]].length === 1) out[out.length - 1] += word;
    else out.push(word);
  }
  return out.length ? out : [run];
}
