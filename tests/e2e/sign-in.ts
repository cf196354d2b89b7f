// Signs a demo account in (password "haozao-demo") and waits to leave the sign-in page.
import type { Page } from "playwright-core";

export async function signIn(page: Page, locale: string, email: string) {
  await page.goto(`/${locale}/sign-in`);
  await page.locator("#email").fill(email);
  await page.locator("#password").fill("haozao-demo");
  await page.getByTestId("sign-in-submit").click();
  await page.waitForURL((url) => !url.pathname.includes("/sign-in"), { timeout: 30_000 });
}
