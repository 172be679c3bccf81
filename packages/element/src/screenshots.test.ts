import { loginLinkError, loginLinkSuccess } from '@open-express-dashboard/testing/msw';
import { beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { useWorker, worker } from '../test/browser-support.js';
import type { OpenExpressDashboard } from './open-express-dashboard.component.js';
import ar from './locales/ar.js';

// Screenshots in Chromium compared with the references committed in screenshots/ (see
// vitest.config.ts for the tolerance). After an intended change of looks, review the new images
// and update them with `npx vitest run --project browser src/screenshots.test.ts --update`.
// Text is drawn with fonts named here, installed by .ci/run (DejaVu Sans; Loma for Thai and
// WenQuanYi Micro Hei for CJK), so the pictures are the same on every machine that runs CI.
useWorker();

const FONTS = `'DejaVu Sans', Loma, 'WenQuanYi Micro Hei'`;
const VARIANTS = ['primary', 'neutral'] as const;
const SIZES = ['small', 'medium', 'large'] as const;
const STATES = ['idle', 'loading', 'error', 'disabled'] as const;
type State = (typeof STATES)[number];

/** A font that is not installed falls back to another: its text then measures like the fallback's. */
function missingFonts(): string[] {
  const context = document.createElement('canvas').getContext('2d')!;
  const width = (font: string, text: string) => ((context.font = font), context.measureText(text).width);
  // Latin text: every one of these fonts has it, and the monospace fallback draws it differently.
  const text = 'Open Express Dashboard';
  return ['DejaVu Sans', 'Loma', 'WenQuanYi Micro Hei'].filter(
    (family) => width(`16px '${family}', monospace`, text) === width('16px monospace', text),
  );
}

beforeAll(async () => {
  const missing = missingFonts();
  if (missing.length > 0) {
    throw new Error(
      `The screenshots are drawn with fonts this machine lacks: ${missing.join(', ')}. Install them as .ci/run does ` +
        '(Debian: apt-get install fonts-dejavu-core fonts-tlwg-loma-otf fonts-wqy-microhei).',
    );
  }
  await page.viewport(1600, 1000);
  document.documentElement.style.font = `16px/1.4 ${FONTS}`;
});

/** One element in `state`: loading and error come from real requests to an endpoint per state. */
function cell(state: State, attributes: string): string {
  const extra = state === 'disabled' ? ' disabled' : state === 'idle' ? '' : ` endpoint="/${state}"`;
  return `<td style="vertical-align: top"><open-express-dashboard data-state="${state}" ${attributes}${extra}></open-express-dashboard></td>`;
}

/** Puts the markup on a page of the theme's colours, clicks the loading and error ones, and waits until all show it. */
async function render(markup: string, { theme, dir }: { theme: 'light' | 'dark'; dir: 'ltr' | 'rtl' }) {
  worker.use(loginLinkSuccess({ delay: 'infinite', endpoint: '/loading' }), loginLinkError('STRIPE_UNAVAILABLE', { endpoint: '/error' }));
  const background = theme === 'dark' ? '#0f1117; color: #f6f8fa' : '#fff; color: #1a1b25';
  document.body.innerHTML = `<div id="shot" dir="${dir}" lang="${dir === 'rtl' ? 'ar' : 'en'}" style="display: inline-block; padding: 16px; background: ${background}">${markup}</div>`;
  const elements = [...document.querySelectorAll<OpenExpressDashboard>('open-express-dashboard')];
  for (const element of elements) {
    element.navigate = () => undefined;
    await element.updateComplete;
  }
  const label = dir === 'rtl' ? ar.label : 'Open Express Dashboard';
  await expect.poll(() => elements.every((element) => element.shadowRoot!.querySelector('slot')!.textContent === label)).toBe(true);
  // The pointer rests in a corner, off every button (an earlier test file may have left it on
  // one), and element.click() clicks without moving it: no hover colours in the picture.
  const corner = document.createElement('div');
  corner.style.cssText = 'position: fixed; right: 0; bottom: 0; width: 4px; height: 4px';
  document.body.append(corner);
  await userEvent.hover(page.elementLocator(corner));
  for (const element of elements) if (element.dataset['state'] === 'loading' || element.dataset['state'] === 'error') element.click();
  await expect
    .poll(() =>
      elements.every((element) =>
        element.dataset['state'] === 'loading' || element.dataset['state'] === 'error' ? element.status === element.dataset['state'] : true,
      ),
    )
    .toBe(true);
  await Promise.all(elements.map((element) => element.updateComplete));
  return page.elementLocator(document.getElementById('shot')!);
}

const SCREENSHOT = { screenshotOptions: { animations: 'disabled', caret: 'hide' } } as const;

describe('<open-express-dashboard> looks', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const dir of ['ltr', 'rtl'] as const) {
      it(`every variant × size × state, ${theme}, ${dir}`, async () => {
        const rows = VARIANTS.flatMap((variant) =>
          SIZES.map(
            (size) =>
              `<tr><th style="font: 12px ${FONTS}; text-align: start; padding-inline-end: 12px">${variant} ${size}</th>${STATES.map(
                (state) => cell(state, `variant="${variant}" size="${size}" theme="${theme}"`),
              ).join('')}</tr>`,
          ),
        );
        const table = `<table style="table-layout: fixed; width: ${80 + 340 * STATES.length}px; border-spacing: 16px 12px"><colgroup><col style="width: 80px">${'<col style="width: 340px">'.repeat(STATES.length)}</colgroup>${rows.join('')}</table>`;
        const shot = await render(table, { theme, dir });
        await expect.element(shot).toMatchScreenshot(`${theme}-${dir}`, SCREENSHOT);
      });
    }
  }

  // The README's picture: the states a seller sees, in both themes.
  it('the states, for the README', async () => {
    const row = (theme: string) =>
      `<tr>${(['idle', 'loading', 'error'] as const).map((state) => cell(state, `theme="${theme}"`)).join('')}${cell('idle', `theme="${theme}" variant="neutral"`)}</tr>`;
    const table = (theme: string, colours: string) =>
      `<table style="table-layout: fixed; width: 1160px; border-spacing: 20px 16px; ${colours}"><colgroup>${'<col style="width: 290px">'.repeat(4)}</colgroup>${row(theme)}</table>`;
    const markup = table('light', 'background: #fff') + table('dark', 'background: #0f1117; color: #f6f8fa');
    const shot = await render(markup, { theme: 'light', dir: 'ltr' });
    await expect.element(shot).toMatchScreenshot('states', SCREENSHOT);
  });
});
