import { loginLinkError, loginLinkSuccess } from '@open-express-dashboard/testing/msw';
import { SERVER_REASONS } from '@open-express-dashboard/contract';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { LINK, mount, useWorker, worker } from '../test/browser-support.js';

useWorker();

/** Runs axe-core (every rule it runs by default, WCAG A/AA and best practices) on the element. */
async function violations(element: Element): Promise<string[]> {
  const results = await axe.run(element, { resultTypes: ['violations'] });
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.failureSummary).join(' / ')}`);
}

describe('<open-express-dashboard> accessibility', () => {
  it('has no axe violations when idle', async () => {
    const { element } = await mount();
    expect(await violations(element)).toEqual([]);
  });

  it('has no axe violations while loading', async () => {
    worker.use(loginLinkSuccess({ delay: 'infinite' }));
    const { element, button } = await mount();
    await userEvent.click(button);
    await expect.poll(() => element.status).toBe('loading');
    expect(await violations(element)).toEqual([]);
  });

  it('has no axe violations when showing an error', async () => {
    worker.use(loginLinkError('STRIPE_UNAVAILABLE'));
    const { element, button, errorText } = await mount();
    await userEvent.click(button);
    await expect.poll(errorText).not.toBe('');
    expect(await violations(element)).toEqual([]);
  });

  it('has no axe violations when disabled', async () => {
    const { element } = await mount('<open-express-dashboard disabled></open-express-dashboard>');
    expect(await violations(element)).toEqual([]);
  });

  it('has no axe violations with a host aria-label and a new tab', async () => {
    // The aria-label keeps the visible label in it (WCAG 2.5.3, axe's label-content-name-mismatch).
    const { element } = await mount(
      '<open-express-dashboard aria-label="Open Express Dashboard of Acme Ltd" target="_blank"></open-express-dashboard>',
    );
    expect(await violations(element)).toEqual([]);
  });

  it('announces the error in an alert live region that describes the button', async () => {
    worker.use(loginLinkError('UNAUTHENTICATED'));
    const { button, inner } = await mount();
    // The live region exists before anything is announced, so screen readers pick up the change.
    await expect.element(page.getByRole('alert')).toBeInTheDocument();
    await userEvent.click(button);
    await expect.element(page.getByRole('alert')).toHaveTextContent(SERVER_REASONS.UNAUTHENTICATED.message);
    await expect.element(button).toHaveAccessibleDescription(SERVER_REASONS.UNAUTHENTICATED.message);
    expect(inner.getAttribute('aria-describedby')).toBe('error');
  });

  it('announces the pending label in a status live region while loading', async () => {
    worker.use(loginLinkSuccess({ delay: 'infinite' }));
    const { button } = await mount();
    await expect.element(page.getByRole('status')).toHaveTextContent('');
    await userEvent.click(button);
    await expect.element(page.getByRole('status')).toHaveTextContent('Opening Express Dashboard…');
  });

  it('forwards the host’s aria-label to the button', async () => {
    const { element, button } = await mount('<open-express-dashboard aria-label="Open payouts dashboard">Open</open-express-dashboard>');
    await expect.element(button).toHaveAccessibleName('Open payouts dashboard');
    element.setAttribute('aria-label', 'Open balance');
    await expect.element(button).toHaveAccessibleName('Open balance');
  });

  it('moves the host’s aria-label to the button, so the name is announced once', async () => {
    const { element, button } = await mount('<open-express-dashboard aria-label="Open payouts dashboard">Open</open-express-dashboard>');
    await expect.element(button).toHaveAccessibleName('Open payouts dashboard');
    expect(element.hasAttribute('aria-label')).toBe(false);
    expect(element.ariaLabel).toBe('Open payouts dashboard');
    expect(page.getByLabelText('Open payouts dashboard').elements()).toEqual([element.shadowRoot!.querySelector('button')]);

    // Removing the attribute (as a framework does when the prop goes) clears the name.
    element.removeAttribute('aria-label');
    await expect.element(button).toHaveAccessibleName('Open');
    expect(element.ariaLabel).toBeNull();
  });

  it('tells screen readers when the dashboard opens in a new tab, in words that can be replaced', async () => {
    const { element, button } = await mount('<open-express-dashboard target="_blank"></open-express-dashboard>');
    await expect.element(button).toHaveAccessibleName('Open Express Dashboard (opens in a new tab)');
    element.newTabLabel = '(nouvel onglet)';
    element.ariaLabel = 'Ouvrir le tableau de bord';
    await expect.element(button).toHaveAccessibleName('Ouvrir le tableau de bord (nouvel onglet)');
  });

  it('takes keyboard focus into the native button (delegatesFocus) and activates with Enter', async () => {
    worker.use(loginLinkSuccess({ url: LINK }));
    const { element, inner, navigate } = await mount('<input aria-label="before"><open-express-dashboard></open-express-dashboard>');
    (document.querySelector('input') as HTMLInputElement).focus();
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(element);
    expect(element.shadowRoot!.activeElement).toBe(inner);
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => navigate.mock.calls).toEqual([[LINK]]);
  });

  it('activates with Space', async () => {
    worker.use(loginLinkSuccess({ url: LINK }));
    const { element, inner, navigate } = await mount();
    element.focus();
    expect(element.shadowRoot!.activeElement).toBe(inner);
    await userEvent.keyboard(' ');
    await expect.poll(() => navigate.mock.calls).toEqual([[LINK]]);
  });

  it('is skipped by the keyboard while disabled', async () => {
    await mount('<input aria-label="before"><open-express-dashboard disabled></open-express-dashboard><input aria-label="after">');
    (document.querySelector('input') as HTMLInputElement).focus();
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(document.querySelector('input[aria-label=after]'));
  });

  it('shows a focus ring for keyboard focus, not for a mouse click', async () => {
    worker.use(loginLinkSuccess({ delay: 'infinite' }));
    const { inner, button } = await mount('<input aria-label="before"><open-express-dashboard></open-express-dashboard>');
    (document.querySelector('input') as HTMLInputElement).focus();
    await userEvent.keyboard('{Tab}');
    expect(inner.matches(':focus-visible')).toBe(true);
    const ring = getComputedStyle(inner);
    expect(ring.outlineStyle).toBe('solid');
    expect(ring.outlineWidth).toBe('2px');

    (document.querySelector('input') as HTMLInputElement).focus();
    await userEvent.click(button);
    expect(inner.matches(':focus')).toBe(true);
    expect(inner.matches(':focus-visible')).toBe(false);
    expect(getComputedStyle(inner).outlineStyle).toBe('none');
  });

  it('takes its focus ring from --oed-focus-ring', async () => {
    const { element, inner } = await mount(
      '<open-express-dashboard style="--oed-focus-ring: 4px dashed rgb(255, 0, 0)"></open-express-dashboard>',
    );
    element.focus({ focusVisible: true } as FocusOptions);
    await userEvent.keyboard('{Shift>}{/Shift}');
    expect(inner.matches(':focus-visible')).toBe(true);
    const ring = getComputedStyle(inner);
    expect([ring.outlineStyle, ring.outlineWidth, ring.outlineColor]).toEqual(['dashed', '4px', 'rgb(255, 0, 0)']);
  });
});
