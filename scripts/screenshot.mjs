import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from './chrome.mjs';

/**
 * Takes a screenshot of a page: node scripts/screenshot.mjs URL OUT.png [width] [click-selector]
 * (used for the README's pictures and for looking at the demo by eye).
 */
const [url, out, width = '1100', click] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
const page = await browser.newPage({ viewport: { width: Number(width), height: 800 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
page.on('console', (m) => console.log(`[console.${m.type()}] ${m.text()}`));
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
await page.goto(url);
await page.waitForTimeout(1500);
if (click) {
  await page.locator(click).first().click();
  await page.waitForTimeout(300);
}
await page.screenshot({ path: out, fullPage: true });
await browser.close();
