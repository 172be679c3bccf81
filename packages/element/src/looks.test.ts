import { loginLinkError, loginLinkSuccess } from '@open-express-dashboard/testing/msw';
import { afterEach, describe, expect, it } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { mount, useWorker, worker } from '../test/browser-support.js';
import ar from './locales/ar.js';

useWorker();

afterEach(() => commands.emulateMedia({ colorScheme: null, reducedMotion: null, forcedColors: null }));

/** Moves the pointer to the middle of the page, off the buttons at its top: no hover colours. */
const pointerAway = () => userEvent.hover(page.elementLocator(document.documentElement));

const colours = (button: HTMLButtonElement) => {
  const style = getComputedStyle(button);
  return { background: style.backgroundColor, color: style.color, border: style.borderTopColor };
};
const DARK_NEUTRAL = { background: 'rgb(26, 27, 37)', color: 'rgb(246, 248, 250)', border: 'rgb(135, 146, 162)' };
const LIGHT_NEUTRAL = { background: 'rgb(255, 255, 255)', color: 'rgb(48, 49, 61)', border: 'rgb(135, 146, 162)' };

describe('<open-express-dashboard> themes', () => {
  it('is dark with theme="dark": outlined colours, focus ring and message change, the filled button keeps its own', async () => {
    worker.use(loginLinkError('RATE_LIMITED'));
    const { inner, element, part, errorText } = await mount(
      '<open-express-dashboard theme="dark" variant="neutral"></open-express-dashboard>',
    );
    await pointerAway();
    expect(colours(inner)).toEqual(DARK_NEUTRAL);
    element.click();
    await expect.poll(errorText).not.toBe('');
    expect(getComputedStyle(part('error')!).color).toBe('rgb(255, 122, 147)');
    // Keyboard focus (as the accessibility test gets it), so :focus-visible applies.
    element.focus({ focusVisible: true } as FocusOptions);
    await userEvent.keyboard('{Shift>}{/Shift}');
    await expect.poll(() => inner.matches(':focus-visible')).toBe(true);
    expect(getComputedStyle(inner).outlineColor).toBe('rgb(143, 138, 255)');

    element.variant = 'primary';
    await element.updateComplete;
    expect(colours(inner).background).toBe('rgb(99, 91, 255)');
  });

  it('follows the system with theme="auto", live', async () => {
    await commands.emulateMedia({ colorScheme: 'light' });
    const { inner } = await mount('<open-express-dashboard theme="auto" variant="neutral"></open-express-dashboard>');
    await pointerAway();
    expect(colours(inner)).toEqual(LIGHT_NEUTRAL);
    await commands.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => colours(inner)).toEqual(DARK_NEUTRAL);
  });

  it('stays light by default on a dark system: the page decides', async () => {
    await commands.emulateMedia({ colorScheme: 'dark' });
    const { inner, element } = await mount('<open-express-dashboard variant="neutral"></open-express-dashboard>');
    await pointerAway();
    expect(element.getAttribute('theme')).toBe('light');
    expect(colours(inner)).toEqual(LIGHT_NEUTRAL);
  });

  it('lets the --oed-* properties win over the dark theme', async () => {
    const { inner } = await mount(
      '<open-express-dashboard theme="dark" variant="neutral" style="--oed-background: rgb(1, 2, 3)"></open-express-dashboard>',
    );
    await pointerAway();
    expect(colours(inner)).toEqual({ ...DARK_NEUTRAL, background: 'rgb(1, 2, 3)' });
  });
});

describe('<open-express-dashboard> media features and direction', () => {
  it('draws a system-coloured border in forced colours (Windows High Contrast), where backgrounds are dropped', async () => {
    const { inner } = await mount('<p id="probe" style="color: ButtonText">x</p><open-express-dashboard></open-express-dashboard>');
    expect(getComputedStyle(inner).borderTopColor).toBe('rgba(0, 0, 0, 0)');
    await commands.emulateMedia({ forcedColors: 'active' });
    const buttonText = getComputedStyle(document.getElementById('probe')!).color;
    await expect.poll(() => getComputedStyle(inner).borderTopColor).toBe(buttonText);
    expect([getComputedStyle(inner).borderTopStyle, getComputedStyle(inner).borderTopWidth]).toEqual(['solid', '1px']);
  });

  it('slows the spinner down for reduced motion', async () => {
    worker.use(loginLinkSuccess({ delay: 'infinite' }));
    const { element, part } = await mount();
    element.click();
    await expect.poll(() => part('spinner')).not.toBeNull();
    expect(getComputedStyle(part('spinner')!).animationDuration).toBe('0.8s');
    await commands.emulateMedia({ reducedMotion: 'reduce' });
    await expect.poll(() => getComputedStyle(part('spinner')!).animationDuration).toBe('2.4s');
  });

  it('lays out right to left: the message starts at the right edge, the spinner sits over the label', async () => {
    worker.use(loginLinkError('MISCONFIGURED', { endpoint: '/failing' }), loginLinkSuccess({ delay: 'infinite', endpoint: '/pending' }));
    await mount(`
      <div dir="rtl" lang="ar" style="width: 400px">
        <open-express-dashboard id="failing" endpoint="/failing"></open-express-dashboard>
        <open-express-dashboard id="pending" endpoint="/pending"></open-express-dashboard>
      </div>`);
    const [failing, pending] = ['failing', 'pending'].map(
      (id) => document.getElementById(id) as HTMLElementTagNameMap['open-express-dashboard'],
    );
    await expect.element(page.getByRole('button').first()).toHaveAccessibleName(ar.label);
    failing!.click();
    pending!.click();
    const error = failing!.shadowRoot!.querySelector('[part=error]')!;
    await expect.poll(() => error.textContent.trim()).toBe(ar.MISCONFIGURED);
    const button = failing!.shadowRoot!.querySelector('button')!.getBoundingClientRect();
    expect(Math.round(error.getBoundingClientRect().right)).toBe(Math.round(button.right));
    expect(getComputedStyle(error).direction).toBe('rtl');

    const spinner = pending!.shadowRoot!.querySelector('[part=spinner]')!.getBoundingClientRect();
    const label = pending!.shadowRoot!.querySelector('[part=label]')!.getBoundingClientRect();
    expect(Math.abs(spinner.left + spinner.width / 2 - (label.left + label.width / 2))).toBeLessThan(1);
  });
});
