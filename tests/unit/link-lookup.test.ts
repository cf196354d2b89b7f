import { describe, expect, it } from "vitest";
import { parseProductLink, type ProductLink } from "@/lib/search/link-lookup";

const listing = (listingId: number): ProductLink => ({ kind: "listing", listingId });
const offer = (offerId: string): ProductLink => ({ kind: "1688", offerId });
const unknown: ProductLink = { kind: "unknown-url" };

const cases: [string, ProductLink | null][] = [
  // our own listing pages, every locale, any host, with or without scheme
  ["https://haozao.com/en/p/12", listing(12)],
  ["https://haozao.com/zh/p/345/", listing(345)],
  ["http://localhost:3000/mn/p/7?sku=3#gallery", listing(7)],
  ["https://staging.haozao.example/ru/p/99#reviews", listing(99)],
  ["haozao.com/en/p/12", listing(12)],
  ["localhost:3000/ja/p/5", listing(5)],
  ["https://www.haozao.com/ko/p/8?ref=share", listing(8)],
  ["https://haozao.com/es/p/10", listing(10)],
  ["https://haozao.com/fr/p/11/?utm_source=x", listing(11)],
  ["https://haozao.com/ar/p/13", listing(13)],
  ["  https://haozao.com/vi/p/14  ", listing(14)],
  // 1688 offers: desktop, mobile, QR
  ["https://detail.1688.com/offer/624839201385.html", offer("624839201385")],
  ["https://detail.1688.com/offer/624839201385.html?spm=a26352.13672862.offerlist.1&sk=consign", offer("624839201385")],
  ["https://detail.1688.com/offer/624839201385.html#desc", offer("624839201385")],
  ["http://detail.1688.com/offer/624839201385.html", offer("624839201385")],
  ["detail.1688.com/offer/624839201385.html", offer("624839201385")],
  ["https://m.1688.com/offer/624839201385.html", offer("624839201385")],
  ["https://m.1688.com/offer/624839201385.html?spm=a26g8.7664812.0.0", offer("624839201385")],
  ["https://detail.m.1688.com/page/index.html?offerId=624839201385&spm=a2639h.29135425", offer("624839201385")],
  ["https://m.1688.com/page/offer.html?offerId=624839201385", offer("624839201385")],
  ["https://qr.1688.com/share.html?secret=abc&offerId=624839201385", offer("624839201385")],
  ["https://DETAIL.1688.COM/offer/624839201385.html", offer("624839201385")],
  // links, but to nothing we know
  ["https://haozao.com/en/c/phone-accessories", unknown],
  ["https://haozao.com/de/p/12", unknown],
  ["https://haozao.com/en/p/abc", unknown],
  ["https://haozao.com/en/p/12/reviews", unknown],
  ["https://haozao.com/en/p/0", unknown],
  ["https://www.1688.com/", unknown],
  ["https://detail.1688.com/offer/abc.html", unknown],
  ["https://m.1688.com/page/offer.html?offerId=12ab", unknown],
  ["https://s.1688.com/selloffer/offer_search.htm?keywords=cup", unknown],
  ["https://detail.1688.com.evil.example/offer/624839201385.html", unknown],
  ["https://not1688.com/offer/624839201385.html", unknown],
  ["https://item.taobao.com/item.htm?id=624839201385", unknown],
  ["https://www.amazon.com/dp/B08N5WRWNW", unknown],
  ["ftp://haozao.com/en/p/12", unknown],
  // not links at all
  ["", null],
  ["   ", null],
  ["phone case", null],
  ["手机壳", null],
  ["12", null],
  ["624839201385", null],
  ["https://", null],
  ["http://exa mple.com/en/p/1", null],
  ["/en/p/12", null],
];

describe("pasted product links", () => {
  it.each(cases)("reads %j", (input, expected) => {
    expect(parseProductLink(input)).toEqual(expected);
  });
});

// As share buttons copy a link: a title, the link, a call to action, in any language.
const shared: [string, ProductLink | null][] = [
  ["Silicone phone case, 20 colours https://haozao.com/en/p/12 Tap to open on Haozao", listing(12)],
  ["【1688】加厚EVA瑜伽砖 https://detail.1688.com/offer/624839201385.html 点击链接直接打开", offer("624839201385")],
  ["【1688】加厚EVA瑜伽砖https://m.1688.com/offer/624839201385.html点击链接直接打开", offer("624839201385")],
  ["Look at this: https://haozao.com/zh/p/345.", listing(345)],
  ["Look at this (https://haozao.com/ar/p/13), cheap!", listing(13)],
  ["Наш товар\nhttps://haozao.com/ru/p/99?ref=share\nОткройте ссылку", listing(99)],
  ["first https://www.amazon.com/dp/B08N5WRWNW then https://haozao.com/en/p/8", listing(8)],
  ["Yoga block https://www.amazon.com/dp/B08N5WRWNW buy now", unknown],
  ["yoga block 20 pieces", null],
  ["see http://exa mple", null],
];

describe("links inside shared text", () => {
  it.each(shared)("reads %j", (input, expected) => {
    expect(parseProductLink(input)).toEqual(expected);
  });
});
