/**
 * What the first screen loads (issue 13: cold start). The built renderer, as the app serves it: the
 * storage is opened before the app's modules load, and the first screen's code holds neither the schema
 * library (zod, which builds every record schema as it loads) nor the chart library.
 */
import { expect, test } from './harness';

test('the first screen opens the storage first and loads no schema or chart library', async ({
  page,
  ledger,
}) => {
  // The page notes when Today first shows its content (an empty database: the welcome): what it had
  // requested by then is what the first screen needed (later loads, such as the work done after the
  // first screen, come after it on a slow machine too, whenever the test gets to look).
  await page.addInitScript(() => {
    const note = () => {
      if (document.querySelector('#main .today-welcome')) {
        (window as unknown as { formShownAt: number }).formShownAt = performance.now();
        observer.disconnect();
      }
    };
    const observer = new MutationObserver(note);
    observer.observe(document, { childList: true, subtree: true });
  });
  // No path: the app's own start screen, Today (issue 16).
  await ledger.open('');
  await expect(page.locator('#main .today-welcome')).toBeVisible();
  const loaded = await page.evaluate(() => {
    const shownAt = (window as unknown as { formShownAt: number }).formShownAt;
    return performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime <= shownAt && new URL(entry.name).pathname.endsWith('.js'))
      .map((entry) => ({ url: entry.name, startTime: entry.startTime }));
  });
  const paths = loaded.map(({ url }) => new URL(url).pathname);
  expect(paths[0]).toBe('/head-start.js');
  const modules = loaded.filter(({ url }) => new URL(url).pathname.startsWith('/assets/'));
  expect(modules.length).toBeGreaterThan(0);
  for (const { url } of modules) {
    const code = await (await page.request.get(url)).text();
    const path = new URL(url).pathname;
    expect(code.length, `${path} is empty`).toBeGreaterThan(0);
    // zod names each schema class in its code ("$ZodType", "$ZodObject", …); recharts its components.
    // (Booleans, so a failure names the file instead of printing all of its code.)
    expect(code.includes('$ZodType'), `${path} holds the schema library`).toBe(false);
    expect(code.includes('recharts'), `${path} holds the chart library`).toBe(false);
  }
});
