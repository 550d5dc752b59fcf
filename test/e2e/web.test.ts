/**
 * End-to-end: the real server (built and started as `npm start` does, fresh SQLite, demo seed, free port) and the web
 * app in Debian's Chromium (playwright-core). Scenarios of issue 6: a clinician creates patients, enters a case with a
 * red flag (banner) and one without (ranked causes, work-up, plan), saves the plan, signs off and downloads the
 * letter; a patient on a 375 px phone completes a PHQ-9 (item 9 above 0 shows where to get help) and a pain diary
 * entry, and the clinician then sees the new scores; a patient cannot open another patient's record. axe runs on
 * every page (no serious or critical violations); screenshots go to artifacts/screenshots/.
 *
 * SPINEPATH_E2E_SKIP_BUILD=1 reuses an existing build; SPINEPATH_DOC_SCREENSHOTS=1 also refreshes docs/screenshots/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, DESKTOP, hasChromium, launch, PHONE, screenshot, signIn, type AxeResult } from './support/browser.js';
import { buildAll, ROOT, startRealServer, type RealServer } from './support/server.js';

const T = 180_000;
const run = hasChromium();
if (!run) console.warn('SKIPPED: browser tests need Chromium at /usr/bin/chromium (apt-get install -y chromium; .ci/run installs it)');

describe.skipIf(!run)('web app end to end (real server, Chromium)', () => {
  let server: RealServer;
  let browser: Browser;
  let clinicianCtx: BrowserContext;
  let patientCtx: BrowserContext;
  let doc: Page;
  const axeResults: AxeResult[] = [];
  const created: { redFlag?: string; noFlag?: string } = {};

  const check = async (page: Page, name: string, shot = true) => {
    await page.locator('main h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    // Works at the page's width: nothing wider than the viewport (375 px on the phone).
    const width = page.viewportSize()!.width;
    expect(await page.evaluate<number>('document.documentElement.scrollWidth'), `${name} is wider than ${width}px`).toBeLessThanOrEqual(width);
    axeResults.push(await axe(page, name));
    if (shot) await screenshot(page, name);
  };

  beforeAll(async () => {
    buildAll();
    server = await startRealServer();
    browser = await launch();
    clinicianCtx = await browser.newContext({ viewport: DESKTOP, acceptDownloads: true });
    patientCtx = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
    doc = await clinicianCtx.newPage();
    doc.setDefaultTimeout(20_000);
  }, 300_000);

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  }, 60_000);

  it('serves the app with an SPA fallback and keeps /api 404s as JSON', async () => {
    const page = await fetch(`${server.url}/patients/anything`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const html = await page.text();
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeTruthy();
    const js = await fetch(`${server.url}${asset}`);
    expect(js.status).toBe(200);
    expect(js.headers.get('cache-control')).toContain('immutable');
    const api = await fetch(`${server.url}/api/no-such-thing`);
    expect(api.status).toBe(404);
    expect(((await api.json()) as { errors: unknown[] }).errors.length).toBe(1);
  });

  it(
    'clinician signs in, creates a patient, enters a case with a red flag and sees the banner',
    async () => {
      const page = doc;
      await page.goto(`${server.url}/signin`);
      await check(page, 'signin');
      await signIn(page, server.url, server.clinician.email, server.clinician.password);
      await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Caseload' }).isVisible()).toBe(true);
      await page.getByText(/\d+ patients/).first().waitFor();
      await check(page, 'clinician-caseload');

      await page.getByRole('link', { name: 'New patient' }).first().click();
      await check(page, 'clinician-new-patient');
      // The server names the field it rejects: a future birth date.
      await page.getByLabel('Given name').fill('Rhea');
      await page.getByLabel('Family name').fill('Redflag');
      await page.getByLabel('Date of birth').fill('1961-07-04');
      await page.getByLabel('Sex').selectOption('female');
      await page.getByRole('button', { name: 'Create patient' }).click();
      await page.waitForURL(/\/patients\/[^/]+\/record$/);
      created.redFlag = /\/patients\/([^/]+)\/record/.exec(page.url())![1]!;
      await page.getByText('Patient created.').waitFor();
      await check(page, 'clinician-record');

      // An operation: a level the server rejects is shown beside the Levels field; the draft survives a reload.
      const op = page.locator('#form-operation');
      await op.getByLabel('Date of the operation').fill('2025-05-12');
      await op.getByLabel('Procedure').selectOption('decompression-and-fusion');
      await op.getByLabel('Levels').fill('L9-L10');
      await op.getByLabel('Implants left in place').check();
      await op.getByLabel('Segments were fused').check();
      await op.getByRole('button', { name: 'Save' }).click();
      const levelsError = page.locator('#op-levels-error');
      await levelsError.waitFor();
      expect(await levelsError.textContent()).toMatch(/level|root|segment/i);
      expect(await page.locator('#op-levels').getAttribute('aria-invalid')).toBe('true');
      await page.reload();
      await expect.poll(() => page.locator('#op-levels').inputValue()).toBe('L9-L10');
      expect(await page.locator('#op-date').inputValue()).toBe('2025-05-12');
      await page.locator('#op-levels').fill('L4-L5, L5-S1');
      await op.getByRole('button', { name: 'Save' }).click();
      await op.getByText('Saved.').waitFor();
      expect(await page.locator('#op-levels').inputValue()).toBe('');

      // The pain profile, with the body map operated from the keyboard.
      const pain = page.locator('#form-pain');
      await pain.getByLabel('Back pain').fill('6');
      await pain.getByLabel('Leg pain').fill('5');
      const calf = pain.getByRole('checkbox', { name: 'Left leg below the knee' });
      await calf.focus();
      await page.keyboard.press('Space');
      expect(await calf.getAttribute('aria-checked')).toBe('true');
      await pain.getByRole('checkbox', { name: 'Low back' }).focus();
      await page.keyboard.press('Enter');
      await pain.getByText('Chosen: ').locator('..').getByText(/low back/).waitFor();
      await pain.getByRole('button', { name: 'Save' }).click();
      await pain.getByText('Saved.').waitFor();

      // A finding that fires a red flag.
      const findings = page.locator('#form-findings');
      await findings.getByLabel('Find a symptom or sign').fill('fever');
      await findings.getByRole('combobox', { name: 'Fever', exact: true }).selectOption('present');
      await findings.getByRole('button', { name: /Save 1 finding/ }).click();
      await findings.getByText('1 finding saved.').waitFor();

      await page.getByRole('button', { name: 'Assess now' }).click();
      await page.waitForURL(/\/assessments\/[^/]+$/);
      const banner = page.locator('.red-flag-banner').first();
      await banner.waitFor();
      expect(await banner.getAttribute('role')).toBe('alert');
      expect(await banner.textContent()).toMatch(/Red flag/);
      // The banner comes before the ranked causes.
      const order = await page.evaluate<boolean>(`(() => {
        const b = document.querySelector('.red-flag-banner');
        const c = document.getElementById('causes-title');
        return !!b && !!c && !!(b.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING);
      })()`);
      expect(order).toBe(true);
      await check(page, 'clinician-assessment-red-flag');
    },
    T,
  );

  it(
    'enters a case without a red flag: ranked causes, work-up, plan; saves the plan, signs off, downloads the letter',
    async () => {
      const page = doc;
      await page.goto(`${server.url}/patients/new`);
      await page.getByLabel('Given name').fill('Noah');
      await page.getByLabel('Family name').fill('Noflag');
      await page.getByLabel('Date of birth').fill('1979-02-20');
      await page.getByLabel('Sex').selectOption('male');
      await page.getByRole('button', { name: 'Create patient' }).click();
      await page.waitForURL(/\/patients\/[^/]+\/record$/);
      created.noFlag = /\/patients\/([^/]+)\/record/.exec(page.url())![1]!;

      const op = page.locator('#form-operation');
      await op.getByLabel('Date of the operation').fill('2025-01-10');
      await op.getByLabel('Procedure').selectOption('discectomy');
      await op.getByLabel('Levels').fill('L5-S1');
      await op.getByLabel('Side').selectOption('left');
      await op.getByRole('button', { name: 'Save' }).click();
      await op.getByText('Saved.').waitFor();

      const pain = page.locator('#form-pain');
      await pain.getByLabel('Back pain').fill('3');
      await pain.getByLabel('Leg pain').fill('7');
      await pain.getByLabel('How long has this pain lasted? (months)').fill('8');
      await pain.getByRole('checkbox', { name: 'Left leg below the knee' }).click();
      await pain.getByRole('checkbox', { name: 'Left foot' }).click();
      await pain.getByLabel('burning').check();
      await pain.getByRole('button', { name: 'Save' }).click();
      await pain.getByText('Saved.').waitFor();

      const findings = page.locator('#form-findings');
      for (const [label, status] of [
        ['Dermatomal radiating pain', 'present'],
        ['Pain-free interval, then recurrence', 'present'],
        ['Fever', 'absent'],
      ] as const) {
        await findings.getByLabel('Find a symptom or sign').fill(label);
        await findings.getByRole('combobox', { name: label, exact: true }).selectOption(status);
      }
      await findings.getByRole('button', { name: /Save 3 findings/ }).click();
      await findings.getByText('3 findings saved.').waitFor();

      const med = page.locator('#form-medication');
      await med.getByLabel('Medicine').fill('apixaban');
      await med.getByLabel('Dose', { exact: true }).fill('5');
      await med.getByLabel('Doses a day').fill('2');
      await med.getByRole('button', { name: 'Save' }).click();
      await med.getByText('Saved.').waitFor();

      await page.getByRole('button', { name: 'Assess now' }).click();
      await page.waitForURL(/\/assessments\/[^/]+$/);
      await page.getByRole('heading', { name: /ranked causes/ }).waitFor();
      expect(await page.locator('.red-flag-banner').count()).toBe(0);
      const causes = page.locator('ol.ranked').first().locator(':scope > li');
      expect(await causes.count()).toBeGreaterThanOrEqual(3);
      // The evidence trail is one click away, with its sources.
      await causes.first().getByText(/Why\? Evidence trail/).click();
      await causes.first().locator('table').waitFor();
      expect(await causes.first().locator('table tbody tr').count()).toBeGreaterThan(0);
      // Work-up checklist.
      const workup = page.locator('section', { has: page.getByRole('heading', { name: /Work-up/ }) });
      const firstTest = workup.getByRole('checkbox').first();
      await firstTest.check();
      expect(await firstTest.isChecked()).toBe(true);
      // Safety: the anticoagulant hold before procedures.
      await page.getByRole('heading', { name: /Safety: medicines and procedures/ }).waitFor();
      expect(await page.locator('section', { has: page.getByRole('heading', { name: /Safety/ }) }).textContent()).toMatch(/anticoagulant|apixaban/i);
      // The plan, saved as the care plan; record the outcome of a step.
      const plan = page.locator('section', { has: page.getByRole('heading', { name: 'Plan', exact: true }) });
      await plan.getByText(/Saved as the patient.s current care plan/).waitFor();
      const step = plan.locator('li.card').first();
      await step.getByLabel('Status').selectOption('accepted');
      await step.getByLabel('Outcome or note').fill('Agreed with the patient; starts next week');
      await step.getByRole('button', { name: /Save step/ }).click();
      await step.getByText('Saved.').waitFor();
      await check(page, 'clinician-assessment');

      // Sign-off: an override without a reason is refused beside the item; with one, it is saved.
      const so = page.locator('section', { has: page.getByRole('heading', { name: /Sign-off/ }) });
      const items = so.locator('li.card');
      await items.nth(0).getByLabel('Accept').check();
      await items.nth(1).getByLabel('Override').check();
      await so.getByRole('button', { name: 'Save decisions' }).click();
      await items.nth(1).getByText('Give the reason for overriding this recommendation.').waitFor();
      await items.nth(1).getByLabel('Reason for overriding').fill('Patient prefers to wait for the MRI');
      await so.getByRole('button', { name: 'Save decisions' }).click();
      await so.getByText('Decisions saved.').waitFor();
      expect(await items.nth(1).textContent()).toMatch(/overridden/);

      // The clinician letter and the patient plan as PDF.
      for (const name of [/clinician letter/, /patient plan/]) {
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
        const file = await download.path();
        expect(readFileSync(file!).subarray(0, 5).toString()).toBe('%PDF-');
      }

      // The chart pages of this patient.
      await page.getByRole('link', { name: 'Care plan' }).click();
      await check(page, 'clinician-care-plan');
      await page.getByRole('link', { name: 'Assessments', exact: true }).click();
      await check(page, 'clinician-assessments');
      await page.getByRole('link', { name: 'Overview' }).click();
      await page.getByRole('heading', { name: 'Timeline' }).waitFor();
      await check(page, 'clinician-chart');
    },
    T,
  );

  it(
    'the knowledge browser lists every cause, test, red flag and treatment with its sources',
    async () => {
      const page = doc;
      await page.goto(`${server.url}/knowledge`);
      await page.getByText(/\d+ entries/).waitFor();
      await check(page, 'clinician-knowledge');
      for (const kind of ['Causes', 'Tests', 'Red flags', 'Treatments']) {
        await page.getByLabel('Show').selectOption({ label: kind });
        expect(Number(/(\d+) entries/.exec((await page.getByText(/\d+ entries/).textContent()) ?? '')?.[1])).toBeGreaterThan(5);
      }
      await page.getByLabel('Show').selectOption({ label: 'Causes' });
      await page.locator('main ul li a').first().click();
      await page.getByRole('heading', { name: 'Sources' }).waitFor();
      expect(await page.locator('main ol li[id^="ref-"]').count()).toBeGreaterThan(0);
      await check(page, 'clinician-knowledge-entry');
      await page.goto(`${server.url}/learn`);
      await check(page, 'clinician-education', false);
    },
    T,
  );

  it(
    'clinician pages work on a 375 px phone too',
    async () => {
      const ctx = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
      const page = await ctx.newPage();
      page.setDefaultTimeout(20_000);
      await signIn(page, server.url, server.clinician.email, server.clinician.password);
      await page.getByText(/\d+ patients/).first().waitFor();
      await check(page, 'clinician-phone-caseload');
      await page.goto(`${server.url}/patients/${created.noFlag}`);
      await page.getByRole('heading', { name: 'Timeline' }).waitFor();
      await check(page, 'clinician-phone-chart');
      await page.goto(`${server.url}/patients/${created.noFlag}/record`);
      await page.locator('#form-findings').waitFor();
      await check(page, 'clinician-phone-record');
      await page.goto(`${server.url}/patients/${created.noFlag}/assessments`);
      await page.locator('main table a').first().click();
      await page.getByRole('heading', { name: /ranked causes/ }).waitFor();
      await check(page, 'clinician-phone-assessment');
      await ctx.close();
    },
    T,
  );

  it(
    'a patient on a phone completes a PHQ-9 (item 9 shows where to get help) and a pain diary entry',
    async () => {
      const page = await patientCtx.newPage();
      page.setDefaultTimeout(20_000);
      await signIn(page, server.url, server.patient.email, server.patient.password);
      await page.getByRole('heading', { name: /Questionnaires to fill in/ }).waitFor();
      await page.getByRole('link', { name: /Patient Health Questionnaire-9/ }).waitFor();
      // The ODI's licensed text is not loaded: not offered to the patient.
      expect(await page.getByRole('link', { name: /Oswestry/ }).count()).toBe(0);
      await page.getByText(/will be done with your clinic team/).waitFor();
      expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
      await check(page, 'patient-home');

      await page.getByRole('link', { name: /Patient Health Questionnaire-9/ }).click();
      await page.getByText(/Question 1 of \d+/).waitFor();
      await check(page, 'patient-questionnaire', false);
      let sawHelp = false;
      for (let i = 1; i <= 20; i++) {
        const progress = await page.getByText(/Question \d+ of \d+/).textContent();
        const [, n, total] = /Question (\d+) of (\d+)/.exec(progress ?? '')!;
        expect(Number(n)).toBe(i);
        const radios = page.locator('main form').getByRole('radio');
        // One question per screen: only this question's options are on the page.
        expect(await radios.count()).toBeLessThanOrEqual(4);
        if (i === 9) {
          await radios.nth(1).check();
          // Item 9 above 0: where to get help, at once, before anything is sent.
          await page.getByRole('heading', { name: 'Get help now if you need it' }).waitFor();
          sawHelp = true;
          await check(page, 'patient-questionnaire-help');
        } else {
          await radios.nth(0).check();
        }
        const last = Number(n) === Number(total);
        await page.getByRole('button', { name: last ? 'Review answers' : 'Next' }).click();
        if (last) break;
      }
      expect(sawHelp).toBe(true);
      await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
      await page.getByRole('button', { name: 'Send my answers' }).click();
      await page.getByRole('heading', { name: 'Thank you' }).waitFor();
      await page.getByRole('heading', { name: 'Get help now if you need it' }).waitFor();

      await page.getByRole('link', { name: 'Pain diary' }).first().click();
      await page.getByRole('heading', { name: 'Pain diary', level: 1 }).waitFor();
      // Saving without a rating is refused beside the scale.
      await page.getByRole('button', { name: 'Save entry' }).click();
      await page.getByText('Choose a number from 0 to 10.').waitFor();
      await page.getByRole('radio', { name: '5', exact: true }).check();
      await page.getByLabel('Note (optional)').fill('Walked to the shop and back');
      await page.getByRole('button', { name: 'Save entry' }).click();
      await page.getByText(/Saved: pain 5 out of 10/).waitFor();
      await check(page, 'patient-diary');

      await page.getByRole('link', { name: 'My plan' }).first().click();
      // The plan in plain language: options with benefits and risks, and when to get urgent help.
      await page.getByRole('heading', { name: 'Your options' }).waitFor();
      await page.getByRole('heading', { name: 'When to get urgent help' }).waitFor();
      expect(await page.getByText('How it may help:').count()).toBeGreaterThan(0);
      await check(page, 'patient-plan');
      await page.getByRole('link', { name: 'About my pain' }).first().click();
      await check(page, 'patient-education');
      await page.close();
    },
    T,
  );

  it(
    'the clinician then sees the new scores on the chart',
    async () => {
      const page = doc;
      const rows = (await (await page.request.get(`${server.url}/api/caseload`)).json()) as { rows: { patientId: string; name: string; alerts: number }[] };
      const [given, ...rest] = server.patient.name.split(' ');
      const row = rows.rows.find((r) => r.name === `${rest.join(' ')}, ${given}`)!;
      expect(row).toBeTruthy();
      expect(row.alerts).toBeGreaterThan(0);
      await page.goto(`${server.url}/?q=${encodeURIComponent(rest.join(' '))}`);
      const link = page.getByRole('link', { name: `${rest.join(' ')}, ${given}` });
      await link.waitFor();
      expect(await page.locator('.cl-row', { has: link }).textContent()).toMatch(/PHQ-9 alert/);
      await link.click();
      await page.getByRole('heading', { name: 'Timeline' }).waitFor();
      await page.getByText(/PHQ9 1 \(from the patient app\)/).waitFor();
      // The item-9 answer reached the clinician: an alert at the top of the chart.
      await page.getByRole('alert').filter({ hasText: /Safety alert from the PHQ-9 .* \(answered in the patient app\)/ }).waitFor();
      const phq = page.locator('figure', { has: page.getByText('PHQ-9', { exact: true }) });
      await phq.getByText('Values as a table').click();
      expect(await phq.locator('tbody tr').last().locator('td').last().textContent()).toBe('1');
      const diary = page.locator('figure', { has: page.getByText(/Pain diary/) });
      await diary.getByText('Values as a table').click();
      expect(await diary.locator('tbody tr').last().locator('td').last().textContent()).toBe('5');
    },
    T,
  );

  it(
    "a patient cannot open another patient's page: the server refuses and the app says so",
    async () => {
      const page = await patientCtx.newPage();
      const api = await page.request.get(`${server.url}/api/patients/${created.noFlag}`);
      expect(api.status()).toBe(404);
      await page.goto(`${server.url}/patients/${created.noFlag}`);
      await page.getByRole('heading', { name: 'You cannot open this patient record' }).waitFor();
      expect(await page.getByRole('alert').first().textContent()).toMatch(/The server refused/);
      await check(page, 'patient-other-record');
      await page.close();
    },
    T,
  );

  it('axe finds no serious or critical violation on any page', () => {
    expect(axeResults.length).toBeGreaterThanOrEqual(15);
    const bad = axeResults.filter((r) => r.violations.length);
    expect(bad, JSON.stringify(bad, null, 1)).toEqual([]);
  });

  it.runIf(process.env.SPINEPATH_DOC_SCREENSHOTS === '1')(
    'refreshes the README screenshots (docs/screenshots)',
    async () => {
      const c = await clinicianCtx.newPage();
      await c.setViewportSize({ width: 1200, height: 760 });
      await c.goto(`${server.url}/patients/${created.noFlag}/assessments`);
      await c.locator('main table a').first().click();
      await c.getByRole('heading', { name: /ranked causes/ }).waitFor();
      await c.locator('#causes-title').scrollIntoViewIfNeeded();
      await c.evaluate('window.scrollBy(0, -40)');
      await c.screenshot({ path: join(ROOT, 'docs', 'screenshots', 'clinician.png') });
      const p = await patientCtx.newPage();
      await p.goto(`${server.url}/`);
      await p.getByRole('heading', { name: /Questionnaires to fill in/ }).waitFor();
      await p.getByText('Checking your questionnaires').waitFor({ state: 'detached' });
      await p.screenshot({ path: join(ROOT, 'docs', 'screenshots', 'patient.png') });
    },
    T,
  );
});
