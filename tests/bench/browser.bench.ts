/**
 * The browser bench (`npm run bench`, after the engine bench): figures reported against targets, not a
 * timed test. It builds if needed and serves dist/ with the production server, as the browser tests do.
 *
 * 1. Bundle sizes (gzip, kB of 1,000 bytes) per page: the start page (what index.html loads, from
 *    scripts/bundle-size.ts), and the question, check-answers and result pages of each flow (the start
 *    page plus the wizard's chunk and what it imports, from the build manifest).
 * 2. Lighthouse 12, mobile preset (its default config: a mid-range phone, simulated slow 4G and 4x
 *    CPU), Debian's Chromium via chrome-launcher, in one user flow driven with puppeteer-core:
 *    the start page as a navigation (performance, accessibility, best practices; LCP, TBT, CLS);
 *    the first question and the result page each as a timespan from the click that leads there (TBT,
 *    CLS, INP) and a snapshot of the page (accessibility, best practices). Pages behind clicks have no
 *    navigation, so no LCP or performance score of their own.
 * 3. Step latency: along every tour of the machines' model paths (tests/browser/support/model.ts), at
 *    4x CPU throttling (CDP Emulation.setCPUThrottlingRate), the time from pressing Continue (the
 *    click dispatched in the page) to the frame that paints the next page's heading (the first
 *    requestAnimationFrame after the <h1> text changed), measured in the page with performance.now().
 *    Then again at the rate that makes this machine as slow as a low-end phone by Lighthouse's
 *    benchmark index (reported, no target), since 4x is a different phone on every machine.
 *
 *   npx tsx tests/bench/browser.bench.ts [--only bundle,lighthouse,latency]
 *
 * Prints a table with PASS or OVER per target; exits 0 either way (1 only if it could not measure).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { arch, cpus, loadavg, platform, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { startFlow } from 'lighthouse';
import { pageFunctions } from 'lighthouse/core/lib/page-functions.js';
import type { Browser, Page } from 'playwright-core';
import puppeteer, { type Page as PuppeteerPage } from 'puppeteer-core';
import { measureBundle } from '../../scripts/bundle-size';
import { DEFAULT_DIST } from '../../server/config';
import { COMMON, INTERRUPTION } from '../../src/content/pages';
import { CHECK_ANSWERS } from '../../src/content/results';
import { CHROMIUM_ARGS, chromiumPath, launchChromium } from '../browser/support/chromium';
import { chooseAnswer, FIRST_HEADING, openFlow, openStart, waitForHeading } from '../browser/support/drive';
import {
  answerPath,
  expectedHeading,
  formChoices,
  type ModelPath,
  type ModelSnapshot,
  modelTours,
  questionCopy,
} from '../browser/support/model';
import { type AppServer, startAppServer, startNeutralServer } from '../browser/support/servers';

// -------------------------------------------------------------------------------------------------
// The report

interface Row {
  section: string;
  what: string;
  value: string;
  target: string;
  /** undefined: reported, no target. */
  pass?: boolean;
}

const rows: Row[] = [];
const add = (row: Row) => rows.push(row);

function printTable() {
  const widths = [10, 74, 10, 12, 6];
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 10)).join(' ');
  console.log(`\n${line(['section', 'figure', 'value', 'target', 'result'])}`);
  console.log(widths.map((w) => '-'.repeat(w)).join(' '));
  for (const r of rows) {
    const result = r.pass === undefined ? '' : r.pass ? 'PASS' : 'OVER';
    console.log(line([r.section, r.what, r.value, r.target, result]));
  }
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => `${Math.round(value)} ms`;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
};

// -------------------------------------------------------------------------------------------------
// 1. Bundle sizes per page

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}

function benchBundle(outDir: string) {
  const report = measureBundle(outDir);
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const first = new Set([...report.firstPage.js, ...report.firstPage.css].map((f) => f.file));
  const gzip = (file: string) => gzipSync(readFileSync(join(outDir, file))).length;
  /** The chunk of `key` and everything it imports statically, less what the first page loaded. */
  const closure = (key: string) => {
    const files = new Set<string>();
    const visit = (k: string) => {
      const chunk = manifest[k];
      if (!chunk || files.has(chunk.file)) return;
      files.add(chunk.file);
      for (const css of chunk.css ?? []) files.add(css);
      for (const next of chunk.imports ?? []) visit(next);
    };
    visit(key);
    return [...files].filter((f) => !first.has(f));
  };
  const firstJs = report.firstPage.jsGzip;
  const firstCss = report.firstPage.cssGzip;
  add({
    section: 'bundle',
    what: 'start page: JavaScript (gzip)',
    value: kB(firstJs),
    target: '≤ 100 kB',
    pass: firstJs <= 100_000,
  });
  add({
    section: 'bundle',
    what: 'start page: CSS (gzip)',
    value: kB(firstCss),
    target: '≤ 10 kB',
    pass: firstCss <= 10_000,
  });
  for (const [name, key] of [
    ['question, check answers, result pages', 'src/ui/wizard/TriageWizard.tsx'],
    ['SAFER question and verdict pages', 'src/ui/safer/SaferWizard.tsx'],
  ] as const) {
    const extra = closure(key).reduce((sum, f) => sum + gzip(f), 0);
    add({
      section: 'bundle',
      what: `${name}: all JS + CSS (gzip)`,
      value: kB(firstJs + firstCss + extra),
      target: '',
    });
  }
  const live = closure('src/directory/live.ts').reduce((sum, f) => sum + gzip(f), 0);
  add({ section: 'bundle', what: 'live directory check, after first paint', value: kB(live), target: '' });
  add({
    section: 'bundle',
    what: 'whole app: JavaScript (gzip)',
    value: kB(report.wholeApp.jsGzip),
    target: '≤ 150 kB',
    pass: report.wholeApp.jsGzip <= 150_000,
  });
}

// -------------------------------------------------------------------------------------------------
// 2. Lighthouse

const LIGHTHOUSE_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

/** Clicks the element with this role and accessible name (puppeteer's ARIA selector). */
async function pClick(page: PuppeteerPage, role: string, name: string) {
  await page.locator(`::-p-aria([name="${name}"][role="${role}"])`).click();
}

async function pHeading(page: PuppeteerPage, text: string) {
  await page.waitForFunction(
    (t) => document.querySelector('h1')?.textContent === t,
    { timeout: 30_000 },
    text,
  );
}

/** Drives a model path in puppeteer from its first question, by the labels' accessible names. */
async function pDrive(page: PuppeteerPage, path: ModelPath) {
  let before = path.steps[0]?.state as ModelSnapshot;
  for (const step of path.steps.slice(1)) {
    const state = String(before.value);
    if (step.event.type === 'CONTINUE') await pClick(page, 'button', COMMON.continue);
    else if (step.event.type === 'CONFIRM') await pClick(page, 'button', CHECK_ANSWERS.confirm);
    else {
      const copy = questionCopy(path.flow, state, before.context.answers);
      const options = copy.orOption ? [...copy.options, copy.orOption] : copy.options;
      for (const value of formChoices(copy, (step.event as { value: unknown }).value)) {
        const label = options.find((o) => o.value === value)?.label ?? value;
        await pClick(page, copy.kind === 'radios' ? 'radio' : 'checkbox', label);
      }
      await pClick(page, 'button', COMMON.continue);
    }
    await pHeading(page, expectedHeading(step.state));
    before = step.state;
  }
}

interface Lhr {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number; score: number | null } | undefined>;
  runtimeError?: { message: string };
}

const score = (lhr: Lhr, category: string) => {
  const s = lhr.categories[category]?.score;
  return s === null || s === undefined ? undefined : Math.round(s * 100);
};

function addScores(page: string, lhr: Lhr, categories: string[]) {
  const targets: Record<string, number> = { performance: 98, accessibility: 100, 'best-practices': 100 };
  for (const category of categories) {
    const value = score(lhr, category);
    const target = targets[category] ?? 100;
    add({
      section: 'lighthouse',
      what: `${page}: ${category}`,
      value: value === undefined ? 'n/a' : String(value),
      target: `≥ ${target}`,
      pass: value === undefined ? undefined : value >= target,
    });
  }
}

/** Each metric: its audit, how it reads, and its target where it has one. */
const METRICS: Record<
  'lcp' | 'tbt' | 'cls' | 'inp',
  {
    audit: string;
    label: string;
    format: (v: number) => string;
    target?: string;
    pass?: (v: number) => boolean;
  }
> = {
  lcp: {
    audit: 'largest-contentful-paint',
    label: 'LCP',
    format: ms,
    target: '≤ 1500 ms',
    pass: (v) => v <= 1500,
  },
  tbt: { audit: 'total-blocking-time', label: 'TBT', format: ms, target: '≤ 50 ms', pass: (v) => v <= 50 },
  cls: {
    audit: 'cumulative-layout-shift',
    label: 'CLS',
    format: (v) => v.toFixed(3),
    target: '0',
    pass: (v) => v === 0,
  },
  // The slowest press of a timespan, to its next paint: reported (Core Web Vitals: good up to 200 ms).
  inp: { audit: 'interaction-to-next-paint', label: 'INP', format: ms },
};

function addMetrics(page: string, lhr: Lhr, metrics: (keyof typeof METRICS)[]) {
  for (const metric of metrics) {
    const { audit, label, format, target = '', pass } = METRICS[metric];
    const v = lhr.audits[audit]?.numericValue;
    add({
      section: 'lighthouse',
      what: `${page}: ${label}`,
      value: v === undefined ? 'n/a' : format(v),
      target,
      pass: v === undefined || !pass ? undefined : pass(v),
    });
  }
}

/** Failed audits of a snapshot or navigation, for the log: what to fix when a score is below 100. */
function failedAudits(
  name: string,
  lhr: Lhr & { categories: Record<string, { auditRefs?: { id: string }[] } | undefined> },
) {
  for (const category of ['accessibility', 'best-practices']) {
    const refs = lhr.categories[category]?.auditRefs ?? [];
    const failed = refs
      .map((r) => r.id)
      .filter((id) => {
        const s = lhr.audits[id]?.score;
        return s !== null && s !== undefined && s < 1;
      });
    if (failed.length > 0) console.log(`  ${name}, ${category}: failed audits ${failed.join(', ')}`);
  }
}

async function benchLighthouse(app: AppServer) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: LIGHTHOUSE_FLAGS,
    logLevel: 'silent',
  });
  const browser = await puppeteer.connect({
    browserURL: `http://127.0.0.1:${chrome.port}`,
    defaultViewport: null,
  });
  try {
    // The start page alone, as a plain Lighthouse run (the reference figure). Lighthouse now and then
    // fails to record a trace (NO_NAVSTART): that run says nothing about the page, so it is run again.
    let start: Awaited<ReturnType<typeof lighthouse>>;
    for (let attempt = 1; ; attempt++) {
      start = await lighthouse(`${app.origin}/`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      const error = (start?.lhr as Lhr | undefined)?.runtimeError;
      if (!error || attempt === 3) break;
      console.log(`Lighthouse could not measure (${error.message}); running it again`);
    }
    if (!start) throw new Error('Lighthouse returned nothing for the start page');
    const startLhr = start.lhr as unknown as Lhr;
    if (startLhr.runtimeError) throw new Error(`Lighthouse: ${startLhr.runtimeError.message}`);
    addScores('start page', startLhr, CATEGORIES);
    addMetrics('start page', startLhr, ['lcp', 'tbt', 'cls']);
    failedAudits('start page', startLhr as never);
    const benchmarkIndex = (start.lhr as { environment?: { benchmarkIndex?: number } }).environment
      ?.benchmarkIndex;
    console.log(`Lighthouse benchmark index of this machine: ${benchmarkIndex ?? 'n/a'}`);

    // The pages behind clicks: one user flow.
    const page = await browser.newPage();
    const flow = await startFlow(page as never, { flags: { onlyCategories: CATEGORIES, logLevel: 'error' } });
    await flow.navigate(`${app.origin}/`, { name: 'Start page' });
    await flow.startTimespan({ name: 'To the first question' });
    await pClick(page, 'button', COMMON.startNow);
    await pHeading(page, INTERRUPTION.title);
    await pClick(page, 'button', COMMON.continue);
    await pHeading(page, FIRST_HEADING.triage);
    await flow.endTimespan();
    await flow.snapshot({ name: 'First question' });
    const path = answerPath('triage', {
      immediateDanger: false,
      role: 'self',
      area: 'medway',
      ageBand: '18-plus',
      gender: 'female',
      abuserLivesWithYou: false,
      abuserHasAccess: 'no',
      safeAtHome: 'yes',
      housing: 'owner',
      abuseTypes: ['emotional'],
      riskSigns: [],
      children: false,
      wants: ['secure-home'],
      communication: [],
    });
    await flow.startTimespan({ name: 'Answering, to the result page' });
    await pDrive(page, path);
    await flow.endTimespan();
    await flow.snapshot({ name: 'Result page' });
    const result = await flow.createFlowResult();
    const [, toQuestion, question, toResult, resultPage] = result.steps.map((s) => s.lhr as unknown as Lhr);
    if (!toQuestion || !question || !toResult || !resultPage)
      throw new Error('the user flow has missing steps');
    addMetrics('to a question (timespan)', toQuestion, ['tbt', 'cls', 'inp']);
    addScores('question page (snapshot)', question, ['accessibility', 'best-practices']);
    failedAudits('question page', question as never);
    addMetrics('answering to result (timespan)', toResult, ['tbt', 'cls', 'inp']);
    addScores('result page (snapshot)', resultPage, ['accessibility', 'best-practices']);
    failedAudits('result page', resultPage as never);
  } finally {
    await browser.disconnect();
    chrome.kill();
  }
}

// -------------------------------------------------------------------------------------------------
// 3. Step latency

interface Timing {
  /** Continue pressed → the new heading is in the DOM. */
  dom: number;
  /** Continue pressed → the frame that paints it begins (requestAnimationFrame). */
  frame: number;
}

/**
 * Presses the button named `text` in the page and times the next page's heading. (No named function
 * inside: tsx would wrap it in a helper the page does not have.)
 */
function timedPress(page: Page, text: string): Promise<Timing> {
  return page.evaluate(
    (label) =>
      new Promise<Timing>((resolve, reject) => {
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
        if (!button) {
          reject(new Error(`no button ${label}`));
          return;
        }
        const before = document.querySelector('h1')?.textContent ?? '';
        let t0 = 0;
        const observer = new MutationObserver(() => {
          const now = document.querySelector('h1')?.textContent ?? '';
          if (!now || now === before) return;
          observer.disconnect();
          const dom = performance.now() - t0;
          requestAnimationFrame(() => resolve({ dom, frame: performance.now() - t0 }));
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        t0 = performance.now();
        button.click();
      }),
    text,
  );
}

/**
 * The tours of the machines' model paths at this CPU throttling rate: one timing per press.
 */
async function timeTours(browser: Browser, app: AppServer, rate: number): Promise<Timing[]> {
  const timings: Timing[] = [];
  for (const tour of modelTours()) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await openFlow(page, app.origin, tour.path.flow);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    let before = tour.path.steps[0]?.state as ModelSnapshot;
    for (const step of tour.path.steps.slice(1)) {
      let button: string = COMMON.continue;
      if (step.event.type === 'CONFIRM')
        button = tour.path.flow === 'triage' ? CHECK_ANSWERS.confirm : CHECK_ANSWERS.saferConfirm;
      else if (step.event.type !== 'CONTINUE')
        await chooseAnswer(page, tour.path.flow, before, (step.event as { value: unknown }).value);
      timings.push(await timedPress(page, button));
      await waitForHeading(page, expectedHeading(step.state));
      before = step.state;
    }
    await context.close();
  }
  return timings;
}

/**
 * The presses that lead into each flow, which the model paths start after: on the start page, Start
 * now (to "Before you start"), then Continue (to the first question); on the SAFER check's start page,
 * Start now (to its first question). Each from a freshly loaded page, once the app and the flows' code
 * it fetches meanwhile have arrived (network idle), as a person reading the page would find it.
 */
async function timeEntries(browser: Browser, app: AppServer, rate: number, runs: number) {
  const start: Timing[] = [];
  const into: Timing[] = [];
  for (let run = 0; run < runs; run++) {
    for (const flow of ['triage', 'safer'] as const) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await openStart(page, app.origin, flow);
      await page.waitForLoadState('networkidle');
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      if (flow === 'triage') {
        start.push(await timedPress(page, COMMON.startNow));
        await waitForHeading(page, INTERRUPTION.title);
        await page.waitForLoadState('networkidle');
        into.push(await timedPress(page, COMMON.continue));
      } else {
        into.push(await timedPress(page, COMMON.startNow));
      }
      await waitForHeading(page, FIRST_HEADING[flow]);
      await context.close();
    }
  }
  return { start, into };
}

/**
 * Lighthouse's benchmark index of this browser on this machine (its own page function): DevTools'
 * CPU calibration takes 1,000 as a mid-tier phone (Pixel 5) and 264 as a low-end one (Moto G4 Power).
 */
async function benchmarkIndex(browser: Browser): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const index = (await page.evaluate(`(${pageFunctions.computeBenchmarkIndex.toString()})()`)) as number;
  await context.close();
  return index;
}

/** The benchmark index DevTools' calibration gives a low-end phone (Moto G4 Power, 2022). */
const LOW_END_PHONE_INDEX = 264;

function addLatency(label: string, timings: Timing[], target?: number) {
  const frame = timings.map((t) => t.frame);
  const dom = timings.map((t) => t.dom);
  add({
    section: 'latency',
    what: `${label}: Continue → next heading painted, median (${timings.length} steps)`,
    value: `${median(frame).toFixed(1)} ms`,
    target: target === undefined ? '' : `≤ ${target} ms`,
    pass: target === undefined ? undefined : median(frame) <= target,
  });
  add({
    section: 'latency',
    what: '… 90th percentile',
    value: `${percentile(frame, 90).toFixed(1)} ms`,
    target: '',
  });
  add({ section: 'latency', what: '… slowest', value: `${Math.max(...frame).toFixed(1)} ms`, target: '' });
  add({
    section: 'latency',
    what: '… Continue → heading in the DOM, median',
    value: `${median(dom).toFixed(1)} ms`,
    target: '',
  });
}

/**
 * At 4x CPU (the target's definition), and at the rate that makes this machine as slow as a low-end
 * phone by Lighthouse's benchmark index (reported, no target): 4x is a different phone on every
 * machine, so the second figure says what a cheap phone would see.
 */
async function benchLatency(app: AppServer) {
  const browser = await launchChromium();
  try {
    const index = await benchmarkIndex(browser);
    addLatency('4x CPU', await timeTours(browser, app, 4), 16);
    const entries = await timeEntries(browser, app, 4, 5);
    for (const [what, timings] of [
      ['4x CPU, Start now on the start page → "Before you start"', entries.start],
      ['4x CPU, into a flow → its first question', entries.into],
    ] as const) {
      const frame = timings.map((t) => t.frame);
      add({
        section: 'latency',
        what: `${what}, median (${timings.length})`,
        value: `${median(frame).toFixed(1)} ms`,
        target: '',
      });
    }
    const lowEnd = Math.max(1, index / LOW_END_PHONE_INDEX);
    add({
      section: 'latency',
      what: `benchmark index ${Math.round(index)}: a low-end phone (${LOW_END_PHONE_INDEX}) is ${lowEnd.toFixed(1)}x slower`,
      value: '',
      target: '',
    });
    addLatency(`${lowEnd.toFixed(1)}x CPU (low-end phone)`, await timeTours(browser, app, lowEnd));
  } finally {
    await browser.close();
  }
}

// -------------------------------------------------------------------------------------------------

async function main() {
  const onlyArg = process.argv.indexOf('--only');
  const only = new Set(
    onlyArg > 0 ? (process.argv[onlyArg + 1] ?? '').split(',') : ['bundle', 'lighthouse', 'latency'],
  );
  const chromiumVersion = (() => {
    try {
      const out = execFileSync(chromiumPath(), ['--version'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      return /(\d+\.\d+\.\d+\.\d+)/.exec(out)?.[1];
    } catch {
      return undefined;
    }
  })();
  const neutral = await startNeutralServer();
  const app = await startAppServer({ exitUrl: neutral.exitUrl });
  const started = Date.now();
  console.log(`load average at the start: ${loadavg()[0]?.toFixed(1)} (the figures assume an idle machine)`);
  try {
    if (only.has('bundle')) {
      if (!existsSync(join(DEFAULT_DIST, '.vite', 'manifest.json')))
        throw new Error('no build manifest in dist/');
      benchBundle(DEFAULT_DIST);
    }
    if (only.has('lighthouse')) await benchLighthouse(app);
    if (only.has('latency')) await benchLatency(app);
  } finally {
    await app.close();
    await neutral.close();
  }
  printTable();
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `\n${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (${cpu}), ${Math.round(totalmem() / 1e9)} GB, ` +
      `${platform()} ${arch()}, Node ${process.versions.node}, Chromium ${chromiumVersion ?? '(version unknown)'}; ` +
      `load average ${loadavg()[0]?.toFixed(1)} at the end; ${Math.round((Date.now() - started) / 1000)} s`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
