/**
 * asn-kit in a real browser: headless Chromium (Debian's package) loads the ESM build from dist/ with an import map
 * for its dependencies, parses a NIP and evaluates a leave request; then it opens the report of `npm run demo`,
 * checks that every chart rendered and that the console stayed clean, and saves a screenshot under out/.
 * scripts/test.sh runs this after the build; without Chromium the tests are skipped, and say so.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importMap, serve } from './serve';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = new URL('../../', import.meta.url).pathname;
const OUT = join(ROOT, 'out', 'browser-test');
const available = existsSync(CHROMIUM);
if (!available) console.warn(`test/browser: SKIPPED — no Chromium at ${CHROMIUM} (Debian: apt-get install -y chromium; or set CHROMIUM_PATH)`);

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** What the test reads of a chart's `<svg>` element (the DOM types are not in this project's lib). */
interface ChartNode {
  getBoundingClientRect(): { readonly width: number; readonly height: number };
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): { readonly length: number };
}

/** Opens a page and records every console error and uncaught exception on it. */
async function openPage(context: BrowserContext, url: string): Promise<{ readonly page: Page; readonly errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  page.on('pageerror', (error) => { errors.push(error.message); });
  page.on('requestfailed', (request) => { errors.push(`request failed: ${request.url()}`); });
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors };
}

describe.skipIf(!available)('in headless Chromium', () => {
  let context: BrowserContext;
  let server: Awaited<ReturnType<typeof serve>>;
  let profile: string;

  beforeAll(async () => {
    const dist = join(ROOT, 'dist');
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js')).map((file) => join(dist, file));
    server = await serve(readFileSync(new URL('./page.html', import.meta.url), 'utf8').replace('<!--IMPORTMAP-->', importMap(files)));
    profile = mkdtempSync(join(tmpdir(), 'asn-kit-chromium-'));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1100, height: 900 } });
  }, 60_000);

  afterAll(async () => {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('runs the ESM build unchanged: parses a NIP and evaluates a leave request', async () => {
    const { page, errors } = await openPage(context, `${server.url}/`);
    await page.waitForFunction('"asnKitResult" in window');
    expect(await page.evaluate('window.asnKitResult')).toEqual({
      nip: { birthDate: '1966-08-01', gender: 'male', layout: 'pns' },
      // 24 March – 11 April 2025: Nyepi, Idulfitri and its cuti bersama are left out, 8 working days remain.
      leave: { days: 8, unit: 'working-days', decidedBy: 'pybmc' },
    });
    expect(errors).toEqual([]);
  });

  it('opens the demo report: every chart rendered, no console error, a screenshot saved', async () => {
    rmSync(OUT, { recursive: true, force: true });
    execFileSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['examples/demo.ts', '--employees', '300', '--out', OUT], { cwd: ROOT, stdio: 'pipe' });
    const { page, errors } = await openPage(context, `${server.url}/out/browser-test/report.html`);
    const charts = await page.$$eval('svg[data-chart]', (nodes: readonly ChartNode[]) =>
      nodes.map((node) => {
        const box = node.getBoundingClientRect();
        return { id: node.getAttribute('data-chart'), width: Math.round(box.width), height: Math.round(box.height), shapes: node.querySelectorAll('rect, line').length };
      }),
    );
    expect(charts.map((chart) => chart.id)).toEqual(['pegawai-per-unit', 'cuti-per-bulan', 'predikat-per-unit', 'kotak-talenta', 'pensiun-per-tahun', 'ikm-per-unsur']);
    for (const chart of charts) {
      expect(chart.width, chart.id ?? '').toBeGreaterThan(300);
      expect(chart.height, chart.id ?? '').toBeGreaterThan(150);
      expect(chart.shapes, chart.id ?? '').toBeGreaterThan(8);
    }
    expect(errors).toEqual([]);
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, 'report.png'), fullPage: true });
    expect(existsSync(join(OUT, 'report.png'))).toBe(true);
  }, 60_000);
});
