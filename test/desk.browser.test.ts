// The desk in a real browser: playwright-core driving Debian's chromium against `newsfaq serve` on an ephemeral port
// with a temporary archive (the founding example and two articles of our own, one of them hostile). Every step of
// issue 5: sign in, open an article, select a pair and see its evidence, edit (flagged, then fixed) and approve,
// add a pair by picking its evidence, reorder, regenerate and keep approved pairs, publish and copy, find the
// JSON-LD on the reader page, use the accordion by keyboard, ask a question; injected markup stays inert.
// Screenshots go to artifacts/desk/ (git-ignored).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { openStore } from '../src/store/index.js';
import { ingest } from '../src/ingest/ingest.js';
import { openDeskDb, Users } from '../src/desk/index.js';
import { startServer, type RunningServer } from '../src/server/serve.js';

const CHROMIUM = '/usr/bin/chromium';
const root = fileURLToPath(new URL('..', import.meta.url));
const shots = join(root, 'artifacts', 'desk');
const skip = existsSync(CHROMIUM) ? false : `no browser at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium), as .ci/run does`;

const EXAMPLE = join(root, 'examples', 'japan-asean-summit.txt');
const TRAM = join(root, 'test', 'fixtures', 'desk', 'brest-tram.txt');
const HOSTILE = join(root, 'test', 'fixtures', 'desk', 'harbour-festival.json');
const PASSWORD = 'correct horse battery';

test('the desk and the reader page in chromium', { skip, timeout: 120_000 }, async (t) => {
  const { chromium } = await import('playwright-core');
  const dir = mkdtempSync(join(tmpdir(), 'newsfaq-browser-'));
  const db = join(dir, 'archive.db');
  mkdirSync(shots, { recursive: true });

  const store = openStore({ db });
  const summary = await ingest(store, [EXAMPLE, TRAM, HOSTILE], { jobs: 0 });
  assert.equal(summary.added, 3, JSON.stringify(summary.failures));
  const idOf = async (source: string) => (await store.listArticles({ source })).items[0].id;
  const ids = { example: await idOf(EXAMPLE), tram: await idOf(TRAM), hostile: await idOf(HOSTILE) };
  const deskDb = openDeskDb(db);
  await new Users(deskDb).add('alice', PASSWORD, 4);
  deskDb.close();
  await store.close();

  let server: RunningServer | undefined;
  let context: BrowserContext | undefined;
  const alerts: string[] = [];
  try {
    server = await startServer({ db, port: 0 });
    const base = server.url;
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
      viewport: { width: 1360, height: 900 },
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    // Confirmations (regenerate, approve over a flag) are accepted; any other dialog is an injected script.
    page.on('dialog', (d) => {
      if (d.type() === 'confirm') return void d.accept();
      alerts.push(`${d.type()}: ${d.message()}`);
      return void d.dismiss();
    });
    const shot = (name: string, full = false) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: full });
    const deskUrl = `${base}/desk/articles/${encodeURIComponent(ids.example)}`;
    const livePairs = (p: Page) => p.locator('.faq-pane > ol.pairs > li.pair');

    await t.test('signing in', async () => {
      await page.goto(`${base}/desk`);
      assert.match(page.url(), /\/login\?next=%2Fdesk$/);
      await shot('01-sign-in');
      await page.fill('#name', 'alice');
      await page.fill('#password', 'wrong password');
      await page.click('button:has-text("Sign in")');
      await page.waitForSelector('.notice.error');
      assert.match(await page.textContent('.notice.error') ?? '', /Wrong name or password/);
      await page.fill('#password', PASSWORD);
      await Promise.all([page.waitForURL(/\/desk$/), page.click('button:has-text("Sign in")')]);
      assert.equal(await page.locator('table.list tbody tr').count(), 3);
      await page.fill('#q', 'tram');
      await Promise.all([page.waitForURL(/q=tram/), page.click('button:has-text("Search")')]);
      assert.equal(await page.locator('table.list tbody tr').count(), 1);
      assert.match(await page.textContent('table.list tbody') ?? '', /Brest council approves tram line/);
      await page.goto(`${base}/desk`);
      await shot('02-desk-list');
    });

    await t.test('opening an article: text beside its FAQ draft', async () => {
      await Promise.all([page.waitForURL(deskUrl), page.click('a:has-text("japan-asean-summit.txt")')]);
      assert.ok(await page.locator('.article-pane .sent').count() > 15);
      assert.ok(await livePairs(page).count() >= 3);
      await shot('03-article');
    });

    await t.test('selecting a pair highlights its evidence', async () => {
      const first = livePairs(page).first();
      const evidence = (await first.getAttribute('data-evidence'))!.split(' ');
      await first.locator('.pair-select').click();
      assert.equal(await first.locator('.pair-select').getAttribute('aria-pressed'), 'true');
      const lit = await page.locator('.sent.evidence').evaluateAll((els) => els.map((e) => e.getAttribute('data-sid')));
      assert.deepEqual(lit, evidence);
      await shot('04-evidence');
      // selecting another pair moves the highlight
      const second = livePairs(page).nth(1);
      await second.locator('.pair-select').click();
      const lit2 = await page.locator('.sent.evidence').evaluateAll((els) => els.map((e) => e.getAttribute('data-sid')));
      assert.deepEqual(lit2, (await second.getAttribute('data-evidence'))!.split(' '));
    });

    let editedId = '';
    await t.test('editing: the verifier flags an unsupported answer, a supported one passes; approving', async () => {
      const second = livePairs(page).nth(1);
      editedId = (await second.getAttribute('data-pair-id'))!;
      await second.locator('.edit-toggle').click();
      await second.locator('textarea[name=answer]').fill('ASEAN is a football league founded in 1850.');
      await Promise.all([page.waitForURL(/m=flagged/), second.locator('button:has-text("Save")').click()]);
      const pair = page.locator(`#pair-${editedId}`);
      assert.equal(await pair.locator('.badge.flagged').count(), 1);
      assert.match(await pair.locator('.flag').textContent() ?? '', /not in the evidence|not find/);
      await shot('05-flagged');
      await pair.locator('.edit-toggle').click();
      const supported = (await pair.locator('.cites').textContent())!.includes('p0s0')
        ? 'ASEAN is the Association of Southeast Asian Nations.'
        : (await pair.locator('.answer').textContent())!;
      await pair.locator('textarea[name=answer]').fill(supported);
      await Promise.all([page.waitForURL(/m=saved/), pair.locator('button:has-text("Save")').click()]);
      assert.equal(await page.locator(`#pair-${editedId} .badge.flagged`).count(), 0);
      assert.equal(await page.locator(`#pair-${editedId} .badge.edited`).count(), 1);
      for (const n of [0, 1]) {
        await Promise.all([page.waitForURL(/m=approved/), livePairs(page).nth(n).locator('button:has-text("Approve")').click()]);
      }
      assert.equal(await page.locator('.faq-pane > ol.pairs > li.pair.approved').count(), 2);
    });

    await t.test('adding a pair by hand, evidence picked by clicking a sentence; reordering', async () => {
      await page.click('details.add-pair > summary');
      await page.fill('#new-q', 'How many projects are in the implementation plan?');
      await page.fill('#new-a', '130 projects.');
      await page.click('#s-p3s0');
      assert.equal(await page.inputValue('#new-e'), 'p3s0');
      assert.equal(await page.locator('#s-p3s0.picked').count(), 1);
      await shot('06-add-pair');
      await Promise.all([page.waitForURL(/m=added/), page.click('button:has-text("Add pair")')]);
      const added = page.locator('.faq-pane > ol.pairs > li.pair:has(.badge.manual)');
      assert.equal(await added.count(), 1);
      const addedId = (await added.getAttribute('data-pair-id'))!;
      await Promise.all([page.waitForURL(/m=approved/), added.locator('button:has-text("Approve")').click()]);
      // move it to the top, one step at a time
      for (let k = 0; k < 20; k++) {
        const ids = await livePairs(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-pair-id')));
        if (ids[0] === addedId) break;
        await Promise.all([page.waitForURL(/m=moved/), page.locator(`#pair-${addedId} button:has-text("Move up")`).click()]);
      }
      assert.equal(await livePairs(page).first().getAttribute('data-pair-id'), addedId);
    });

    let approved: { question: string; answer: string }[] = [];
    await t.test('regenerating keeps approved and edited pairs', async () => {
      const read = () => page.locator('.faq-pane > ol.pairs > li.pair.approved').evaluateAll((els) =>
        els.map((e) => ({ question: e.querySelector('.pair-select')!.textContent!, answer: e.querySelector('.answer')!.textContent! })));
      approved = await read();
      assert.equal(approved.length, 3);
      await page.fill('#regen-count', '12');
      await Promise.all([page.waitForURL(/m=regenerated/), page.click('button:has-text("Regenerate")')]);
      assert.deepEqual(await read(), approved);
      assert.equal(await page.locator(`#pair-${editedId} .badge.edited`).count(), 1);
      assert.match(await page.textContent('ol.history') ?? '', /Regenerated: 3 kept/);
      await shot('07-regenerated', true);
    });

    await t.test('publishing; the publishable HTML is copied to the clipboard', async () => {
      await Promise.all([page.waitForURL(/m=published/), page.click('button:has-text("Publish 3 approved pairs")')]);
      assert.match(await page.textContent('.notice') ?? '', /Published/);
      await page.click('#publishable > summary');
      await page.click('button.copy-html');
      await page.waitForSelector('button.copy-html:has-text("Copied")');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert.match(copied, /"@type":"FAQPage"/);
      assert.match(copied, /How many projects are in the implementation plan\?/);
      await shot('08-published');
    });

    await t.test('the reader page: JSON-LD, accessible accordion, ask a question', async () => {
      await page.goto(`${base}/articles/${encodeURIComponent(ids.example)}`);
      const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
      assert.equal(blocks.length, 1);
      const graph = JSON.parse(blocks[0])['@graph'] as Record<string, any>[];
      const faqPage = graph.find((n) => n['@type'] === 'FAQPage')!;
      assert.deepEqual(faqPage.mainEntity.map((q: any) => q.name), approved.map((p) => p.question));
      assert.deepEqual(faqPage.mainEntity.map((q: any) => q.acceptedAnswer.text), approved.map((p) => p.answer));
      assert.equal(graph.find((n) => n['@type'] === 'NewsArticle')!.datePublished, '2023-12-17');
      // the markup's questions and answers are the visible ones
      const visible = await page.locator('.acc-button').allTextContents();
      assert.deepEqual(visible, faqPage.mainEntity.map((q: any) => q.name));
      const first = page.locator('.acc-button').first();
      assert.equal(await first.getAttribute('aria-expanded'), 'false');
      assert.equal(await page.locator('#faq-a-0').isVisible(), false);
      await first.click();
      assert.equal(await first.getAttribute('aria-expanded'), 'true');
      assert.equal(await page.locator('#faq-a-0').isVisible(), true);
      await first.focus();
      await page.keyboard.press('ArrowDown');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'faq-q-1');
      await page.keyboard.press('Enter');
      assert.equal(await page.locator('#faq-q-1').getAttribute('aria-expanded'), 'true');
      await page.keyboard.press('End');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'faq-q-2');
      await page.keyboard.press(' ');
      assert.equal(await page.locator('#faq-a-2').isVisible(), true);
      await shot('09-reader', true);

      await page.fill('#ask-q', 'Who did Prime Minister Kishida conclude an agreement with?');
      await page.click('.ask-form button:has-text("Ask")');
      await page.waitForSelector('#ask-result .answer');
      assert.match(await page.textContent('#ask-result .answer') ?? '', /Anwar Ibrahim/);
      const cited = await page.locator('.sent.cited').evaluateAll((els) => els.map((e) => e.getAttribute('data-sid')));
      assert.deepEqual(cited, ['p5s1']);
      assert.equal(await page.locator('#ask-result a[href="#s-p5s1"]').count(), 1);
      await shot('10-ask', true);
    });

    await t.test('injected markup in an article stays text', async () => {
      const hostile = encodeURIComponent(ids.hostile);
      await page.goto(`${base}/desk/articles/${hostile}`);
      assert.match(await page.textContent('h1') ?? '', /<script>alert\('title'\)<\/script>/);
      assert.match(await page.textContent('.article-pane') ?? '', /<\/script><script>alert\('band'\)<\/script>/);
      // an editor's question that tries to close the JSON-LD block
      const pair = livePairs(page).first();
      await pair.locator('.edit-toggle').click();
      await pair.locator('textarea[name=question]').fill("What did the band </script><script>alert('q')</script> do on Friday evening?");
      await pair.locator('textarea[name=answer]').fill('The band opened the main stage on Friday evening.');
      await pair.locator('input[name=evidence]').fill('p1s0');
      await Promise.all([page.waitForURL(/m=(saved|flagged)/), pair.locator('button:has-text("Save")').click()]);
      const target = livePairs(page).first();
      await Promise.all([page.waitForURL(/m=approved/), target.locator('button:has-text("Approve")').click()]);
      await Promise.all([page.waitForURL(/m=published/), page.click('button:has-text("Publish")')]);
      await shot('11-injection-desk');
      await page.goto(`${base}/articles/${hostile}`);
      assert.match(await page.textContent('h1') ?? '', /<script>alert\('title'\)<\/script>/);
      assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
      const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
      const faqNode = ld['@graph'].find((n: any) => n['@type'] === 'FAQPage');
      assert.match(faqNode.mainEntity[0].name, /<\/script><script>alert\('q'\)<\/script>/);
      assert.equal(await page.locator('script').count(), 2, 'only the JSON-LD block and reader.js');
      await page.click('.acc-button >> nth=0');
      await shot('12-injection-reader', true);
      assert.deepEqual(alerts, []);
    });

    assert.deepEqual(pageErrors, []);
  } finally {
    await context?.close();
    await server?.close(1000);
    rmSync(dir, { recursive: true, force: true });
  }
});
