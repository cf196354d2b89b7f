import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { useBrowser } from "./browser";

const { newPage, baseUrl } = useBrowser();

describe("keyword search", () => {
  it("searches in Chinese and narrows with facets kept in the URL", async () => {
    const page = await newPage();
    await page.goto("/zh");
    await page.getByTestId("search-input").fill("手机壳");
    await page.getByTestId("search-input").press("Enter");
    await page.waitForURL(/\/zh\/search\?q=/);
    const count = async () => Number((await page.getByTestId("result-count").innerText()).replace(/\D/g, ""));
    const all = await count();
    expect(all).toBeGreaterThan(0);
    expect(await page.getByTestId("listing-card").count()).toBe(Math.min(all, 24));

    const province = page.getByTestId("facet-province").first();
    const expected = Number((await province.locator("span").last().innerText()).trim());
    await province.click();
    await page.waitForURL(/prov=/);
    expect(await count()).toBe(expected);

    await page.getByTestId("facet-verified").click();
    await page.waitForURL(/verified=1/);
    expect(await count()).toBeLessThanOrEqual(expected);
    // Shared URL gives the same page.
    const again = await newPage();
    await again.goto(page.url().replace(baseUrl, ""));
    expect(await again.getByTestId("result-count").innerText()).toBe(await page.getByTestId("result-count").innerText());
    await page.context().close();
    await again.context().close();
  });

  it("searches in Mongolian and explains an empty result", async () => {
    const page = await newPage();
    await page.goto("/mn/c/home-kitchen");
    await page.getByTestId("listing-card").first().locator("a").click();
    await page.waitForURL(/\/mn\/p\/\d+$/);
    const title = page.getByTestId("listing-title");
    const word = (await title.innerText()).split(/\s+/).find((w) => /^[\u0400-\u04FF]{4,}$/.test(w));
    expect(word).toBeTruthy();
    await page.goto(`/mn/search?q=${encodeURIComponent(word!)}`);
    expect(await page.getByTestId("listing-card").count()).toBeGreaterThan(0);

    await page.goto(`/mn/search?q=${encodeURIComponent(word!)}&moq=1&verified=1`);
    const empty = page.getByTestId("empty-result");
    if (await empty.count()) {
      expect(await page.getByTestId("remove-filter").count()).toBe(2);
      await page.getByTestId("remove-filter").first().click();
      await page.waitForURL((url) => !url.searchParams.has("moq") || !url.searchParams.has("verified"));
    }
    await page.context().close();
  });

  it("suggests as the buyer types and goes where the keyboard says", async () => {
    const page = await newPage();
    await page.goto("/en");
    await page.getByTestId("search-input").pressSequentially("pho", { delay: 40 });
    const list = page.getByTestId("suggestions");
    await list.waitFor();
    expect(await list.locator("[role=option]").count()).toBeGreaterThan(0);
    await page.getByTestId("search-input").press("ArrowDown");
    expect(await list.locator("[role=option]").first().getAttribute("aria-selected")).toBe("true");
    await page.getByTestId("search-input").press("Enter");
    await page.waitForURL(/\/en\/(c\/|search)/);
    await page.context().close();
  });
});

describe("image and link search", () => {
  it("finds the same product from an uploaded photo, cheapest first", async () => {
    const page = await newPage();
    await page.goto("/en/c/toys-games");
    const card = page.getByTestId("listing-card").first();
    const href = await card.locator("a").getAttribute("href");
    const photo = await card.locator("img").getAttribute("src");
    const svg = Buffer.from(await (await fetch(`${baseUrl}${photo}`)).arrayBuffer());
    const jpeg = await sharp(svg, { density: 60 }).resize(500, 500).jpeg({ quality: 75 }).toBuffer();
    await page.getByTestId("image-search-input").setInputFiles({ name: "photo.jpg", mimeType: "image/jpeg", buffer: jpeg });
    await page.waitForURL(/\/en\/search\/image\?h=[0-9a-f]{16}/);
    const same = page.getByTestId("same-product");
    await same.waitFor();
    const hrefs = await same.getByTestId("listing-card").locator("a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(hrefs).toContain(href);
    await page.context().close();
  });

  it("refuses a file that is not an image, next to the search box", async () => {
    const page = await newPage();
    await page.goto("/en");
    await page.getByTestId("image-search-input").setInputFiles({ name: "photo.jpg", mimeType: "image/jpeg", buffer: Buffer.from("not really a photo") });
    const error = page.getByTestId("image-error");
    await error.waitFor();
    expect(await error.innerText()).toMatch(/not an image/i);
    expect(await error.getAttribute("role")).toBe("alert");
    await page.context().close();
  });

  it("goes to the listing behind a pasted link, ours in another locale or a 1688 offer", async () => {
    const page = await newPage();
    await page.goto("/en/c/apparel");
    const href = (await page.getByTestId("listing-card").first().locator("a").getAttribute("href"))!;
    const id = href.split("/").pop();
    await page.goto(href);
    const offerId = (await page.locator("dt", { hasText: "1688" }).locator("xpath=following-sibling::dd").innerText()).trim();

    await page.getByTestId("search-input").fill(`https://haozao.example/zh/p/${id}?utm=x`);
    await page.getByTestId("search-input").press("Enter");
    await page.waitForURL(new RegExp(`/en/p/${id}$`));

    await page.getByTestId("search-input").fill(`https://detail.1688.com/offer/${offerId}.html?spm=a2615`);
    await page.getByTestId("search-input").press("Enter");
    await page.waitForURL(new RegExp(`/en/p/${id}$`));

    await page.getByTestId("search-input").fill("https://example.com/some/page");
    await page.getByTestId("search-input").press("Enter");
    await page.getByTestId("link-result").waitFor();
    expect(await page.getByTestId("link-result").innerText()).toMatch(/recognise/);
    await page.context().close();
  });
});
