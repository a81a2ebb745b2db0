// End to end in a real Chromium (playwright-core with Debian's /usr/bin/chromium, DESIGN §8): `parallax start`
// serves a slice of the real snapshot on 127.0.0.1, and a reader goes top stories → a story → filter by side →
// search → blindspots → /my-bias after reading two stories. No console errors allowed; screenshots are written
// to test-artifacts/browser/. Every request outside the test server is answered locally, never sent out. Then every
// kind of page is audited with axe-core (WCAG 2.1 A/AA and best practice: landmarks, labels, contrast, names) in
// light and dark mode.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium, type Page } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '../..');
const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(ROOT, 'test-artifacts', 'browser');
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let server: ChildProcess | undefined;
let browser: Browser | undefined;
let dataDir: string | undefined;
after(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

// The product's data folder with the last 600 articles of the real snapshot in place of the whole of it.
function makeDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-browser-'));
  for (const name of ['outlets', 'cluster', 'sources'])
    if (existsSync(join(ROOT, 'data', name)))
      cpSync(join(ROOT, 'data', name), join(dir, name), { recursive: true });
  mkdirSync(join(dir, 'snapshot'));
  const tail = readFileSync(join(ROOT, 'src/pipeline/testdata/snapshot-tail.jsonl'));
  writeFileSync(join(dir, 'snapshot', 'articles.jsonl.gz'), gzipSync(tail));
  return dir;
}

function startServer(dir: string): Promise<string> {
  const child = spawn(process.execPath, [join(ROOT, 'bin/parallax.js'), 'start'], {
    env: {
      ...process.env,
      PARALLAX_DATA_DIR: dir,
      PARALLAX_DB: join(dir, 'test.db'),
      PORT: '0',
      HOST: '127.0.0.1',
    },
    stdio: 'pipe',
    // Not the repository: `parallax` must find its sources, data and settings from wherever it is started.
    cwd: dir,
  });
  server = child;
  return new Promise((resolveUrl, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = /serving .* at (http:\/\/\S+)/.exec(out);
      if (match) resolveUrl(match[1]!);
    });
    child.stderr!.on('data', (chunk) => {
      err += chunk;
    });
    child.once('exit', (code) =>
      reject(new Error(`parallax start exited with ${code}: ${err.slice(-2000)}`)),
    );
  });
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

test('browser: top stories → story → filter by side → search → blindspots → my-bias, no console errors, axe-clean', {
  skip: existsSync(CHROMIUM)
    ? false
    : `${CHROMIUM} is missing (apt-get install chromium); browser test skipped`,
}, async () => {
  dataDir = makeDataDir();
  mkdirSync(ARTIFACTS, { recursive: true });
  const [base, launched] = await Promise.all([
    startServer(dataDir),
    chromium.launch({ executablePath: CHROMIUM, args: ARGS }),
  ]);
  browser = launched;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  // Article links go to the outlets' sites: answer them here, so that the test never leaves 127.0.0.1.
  await context.route(
    (url) => !url.href.startsWith(base),
    (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<title>outlet</title><p>outlet page</p>',
      }),
  );
  const problems: string[] = [];
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));

  try {
    await readAsAReader(page, base, problems);
    await auditAccessibility(browser, base);
  } catch (error) {
    // The page as it was when a step failed, for whoever reads the CI artifacts.
    await page.screenshot({ path: join(ARTIFACTS, 'failure.png'), fullPage: true }).catch(() => {});
    throw new Error(`browser: failed at ${page.url()}: ${(error as Error).message}`, { cause: error });
  }
});

/** The reader's walk through the product; `problems` collects the console errors met on the way. */
async function readAsAReader(page: Page, base: string, problems: readonly string[]): Promise<void> {
  // Top stories: cards with bias bars, most outlets first; the skip link is the first stop of the keyboard.
  await page.goto(`${base}/`);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate('document.activeElement?.textContent'), 'Skip to content');
  const cards = page.locator('ol.stories article.card');
  assert.ok((await cards.count()) > 0, 'the front page lists stories');
  assert.equal(await page.locator('ol.stories svg.bias-bar').count(), await cards.count());
  await shot(page, '01-top-stories');
  const firstTitle = (await cards.first().locator('h2 a').textContent())!;
  await cards.first().locator('h2 a').click();

  // A story: title, "N Articles", the bias sentence, articles with outlet badges and links out.
  await page.waitForSelector('h1');
  assert.equal(await page.locator('h1').textContent(), firstTitle);
  const firstPath = new URL(page.url()).pathname;
  const heading = (await page.locator('#articles').textContent())!;
  assert.match(heading, /^\d+ Articles?$/);
  assert.match(
    (await page.locator('.coverage .bias-sentence').textContent())!,
    /^\d+% of the sources are (Left|Center|Right)(?:(?:,| and) \d+% (?:Left|Right))*$|rated/,
  );
  assert.ok((await page.locator('ol.articles li.article a.outlet').count()) > 0);
  await shot(page, '02-story');

  // Filter by side: follow the first side with articles; every listed article is of that side.
  const sides = page.locator('.side-filter a.filter:not(.all)');
  let chosen = '';
  for (let i = 0; i < (await sides.count()); i += 1) {
    const text = (await sides.nth(i).textContent())!;
    if (!/\(0\)/.test(text)) {
      chosen = (await sides.nth(i).getAttribute('class'))!.replace('filter ', '');
      await sides.nth(i).click();
      break;
    }
  }
  assert.ok(chosen, 'some side has articles');
  await page.waitForURL(/side=/);
  const listed = await page
    .locator('ol.articles li.article')
    .evaluateAll((items) => items.map((i) => i.getAttribute('data-side')));
  assert.ok(listed.length > 0);
  assert.deepEqual(new Set(listed), new Set([chosen]));
  assert.equal(
    await page.locator('.side-filter a[aria-current="true"]').getAttribute('class'),
    `filter ${chosen}`,
  );
  await shot(page, '03-story-filtered');

  // Follow one article out (answered locally), then come back: the history notes it.
  await page.locator('ol.articles a.out').first().click();
  await page.waitForURL((url) => !url.href.startsWith(base));
  await page.goBack();

  // Search from the header for a word of the story's title: matches are marked.
  const word = firstTitle.split(/\W+/).find((w) => w.length >= 5) ?? firstTitle.split(/\W+/)[0]!;
  await page.fill('#site-q', word);
  await page.press('#site-q', 'Enter');
  await page.waitForURL(/\/search\?q=/);
  assert.ok((await page.locator('mark').count()) > 0, `"${word}" is marked in the results`);
  await shot(page, '04-search');

  // Blindspots: the rule in words, and the stories (if this slice has any).
  await page.click('header nav a[href="/blindspots"]');
  await page.waitForURL(/\/blindspots$/);
  assert.match(
    (await page.locator('.rule').textContent())!,
    /A story is a blindspot when at least \d+ outlets/,
  );
  await shot(page, '05-blindspots');

  // A second story, from the latest.
  await page.goto(`${base}/latest`);
  const second = page.locator('ol.stories article.card h2 a').filter({ hasNotText: firstTitle }).first();
  const secondPath = (await second.getAttribute('href'))!;
  await second.click();
  await page.waitForSelector('#articles');

  // My news bias: two stories read and one article followed, drawn from localStorage; export, then clear.
  await page.goto(`${base}/my-bias`);
  await page.waitForSelector('#my-bias[data-state="ready"]');
  assert.match(
    (await page.locator('#my-bias .summary').textContent())!,
    /You opened 2 stories and followed 1 link to articles/,
  );
  assert.equal(await page.locator('#my-bias svg.bias-bar').count(), 2);
  await shot(page, '06-my-bias');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-history')]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    stories: unknown[];
    articles: unknown[];
  };
  assert.equal(exported.stories.length, 2);
  assert.equal(exported.articles.length, 1);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.click('#clear-history');
  await page.waitForSelector('#my-bias .empty');

  // Preferences without JavaScript's help: a plain form sets the cookie, and pages say it applies.
  await page.goto(`${base}/settings`);
  await page.selectOption('#min_factuality', 'high');
  await page.click('button[value="save"]');
  await page.waitForURL(/saved=1/);
  await page.goto(`${base}/`);
  assert.match((await page.locator('.prefs-note').textContent())!, /minimum factuality high/);

  // The feeds are well-formed XML for a strict parser.
  for (const feed of ['/feeds/top.rss', '/feeds/top.atom', '/feeds/blindspots.rss']) {
    // Evaluated in the page (a string, as this file is compiled without the DOM library).
    const errors = await page.evaluate(
      `fetch(${JSON.stringify(feed)}).then((r) => r.text()).then((xml) => new DOMParser()` +
        `.parseFromString(xml, 'application/xml').getElementsByTagName('parsererror').length)`,
    );
    assert.equal(errors, 0, `${feed} is well-formed`);
  }

  // Dark mode and a phone, for the record.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${base}/`);
  await shot(page, '07-top-dark');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${base}${secondPath}`);
  await shot(page, '08-story-phone-dark');
  // At 360 px, with every <details> open (the "why together" table is wider than the phone), the page itself
  // never scrolls sideways: wide tables scroll in their own box.
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of [firstPath, secondPath]) {
    await page.goto(`${base}${path}`);
    await page.evaluate('document.querySelectorAll("details").forEach((d) => { d.open = true; })');
    assert.ok(
      (await page.evaluate('document.scrollingElement.scrollWidth <= window.innerWidth')) as boolean,
      `${path} at 360 px with its details open: ${await page.evaluate('document.scrollingElement.scrollWidth')} px wide`,
    );
  }

  assert.deepEqual(problems, [], 'no console errors or warnings');
}

/**
 * Tabs through the first stops of a page as a keyboard user: every stop must be a visible element with a visible
 * focus indicator, focus must move on each time (no trap), and it must reach the page's main content.
 */
async function walkByKeyboard(page: Page, path: string): Promise<string[]> {
  const problems: string[] = [];
  await page.evaluate('document.activeElement?.blur(); window.scrollTo(0, 0)');
  let previous = '';
  let reachedMain = false;
  for (let stop = 0; stop < 30; stop += 1) {
    await page.keyboard.press('Tab');
    const focused = (await page.evaluate(`(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return {
        id: (el.dataset.stop ??= String((window.stops = (window.stops || 0) + 1))) + ' ' + el.tagName + ' ' + (el.getAttribute('href') || el.id || el.getAttribute('name') || ''),
        visible: box.width > 0 && box.height > 0,
        indicator: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 || style.boxShadow !== 'none' || style.textDecorationLine.includes('underline'),
        inMain: Boolean(el.closest('main')),
      };
    })()`)) as { id: string; visible: boolean; indicator: boolean; inMain: boolean } | null;
    if (!focused) break;
    if (focused.id === previous) {
      problems.push(`keyboard ${path}: focus is stuck on ${focused.id}`);
      break;
    }
    if (!focused.visible) problems.push(`keyboard ${path}: ${focused.id} takes focus but cannot be seen`);
    if (!focused.indicator) problems.push(`keyboard ${path}: ${focused.id} shows no focus indicator`);
    reachedMain ||= focused.inMain;
    previous = focused.id;
  }
  if (
    !reachedMain &&
    (await page.locator('main a, main button, main input, main select, main summary').count()) > 0
  )
    problems.push(`keyboard ${path}: 30 Tab presses do not reach the main content`);
  return problems;
}

/** Runs axe-core on every kind of page in light and dark mode and fails with the violations found, if any. */
async function auditAccessibility(browser: Browser, base: string): Promise<void> {
  // The pages' Content-Security-Policy forbids injected scripts, rightly; this context alone sets it aside.
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
  await context.route(
    (url) => !url.href.startsWith(base),
    (route) => route.abort(),
  );
  const page = await context.newPage();
  const top = (await (await fetch(`${base}/api/stories?limit=1`)).json()) as {
    stories: { id: number; title: string }[];
  };
  const storyId = top.stories[0]!.id;
  // A word of its title, so that the search page has highlighted matches (inside links) to audit.
  const word = top.stories[0]!.title.split(/\W+/).find((w) => w.length >= 5) ?? 'news';
  const story = (await (await fetch(`${base}/api/stories/${storyId}`)).json()) as {
    articles: { outlet: { id: string } | null }[];
  };
  const outletId = story.articles.find((article) => article.outlet)?.outlet?.id;
  const topics = (await (await fetch(`${base}/api/topics`)).json()) as { topics: { slug: string }[] };
  const paths = [
    '/',
    `/stories/${storyId}`,
    '/blindspots',
    '/latest',
    `/search?q=${encodeURIComponent(word)}`,
    '/topics',
    ...(topics.topics[0] ? [`/topics/${topics.topics[0].slug}`] : []),
    ...(outletId ? [`/sources/${encodeURIComponent(outletId)}`] : []),
    '/my-bias',
    '/about',
    '/settings',
    '/admin/feeds',
    '/no-such-page',
  ];
  const violations: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const path of paths) {
      await page.goto(`${base}${path}`);
      await page.addScriptTag({ path: AXE });
      const result = (await page.evaluate(
        "axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] })",
      )) as { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
      if (colorScheme === 'light') violations.push(...(await walkByKeyboard(page, path)));
      for (const violation of result.violations)
        violations.push(
          `${colorScheme} ${path}: ${violation.id} (${violation.impact}) at ${violation.nodes
            .slice(0, 3)
            .map((node) => node.target.join(' '))
            .join(', ')}`,
        );
    }
  }
  await context.close();
  assert.deepEqual(violations, [], 'axe-core finds no accessibility violations');
}
