import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { mount, useWorker } from '../test/browser-support.js';

useWorker();

const look = (button: HTMLButtonElement) => {
  const style = getComputedStyle(button);
  return { background: style.backgroundColor, color: style.color, border: style.borderTopColor };
};

describe('<open-express-dashboard> variants and sizes', () => {
  it('is a filled button by default', async () => {
    const { element, inner } = await mount();
    expect(element.variant).toBe('primary');
    expect(look(inner)).toEqual({ background: 'rgb(99, 91, 255)', color: 'rgb(255, 255, 255)', border: 'rgba(0, 0, 0, 0)' });
  });

  it('is an outlined button with variant="neutral", and reflects a variant set as a property', async () => {
    const { element, inner } = await mount('<open-express-dashboard variant="neutral"></open-express-dashboard>');
    expect(look(inner)).toEqual({ background: 'rgb(255, 255, 255)', color: 'rgb(48, 49, 61)', border: 'rgb(135, 146, 162)' });

    element.variant = 'primary';
    await element.updateComplete;
    expect(element.getAttribute('variant')).toBe('primary');
    expect(look(inner).background).toBe('rgb(99, 91, 255)');
  });

  it('lets the custom properties win over the variant’s colours', async () => {
    const { inner } = await mount(
      '<open-express-dashboard variant="neutral" style="--oed-background: rgb(1, 2, 3); --oed-border-color: rgb(4, 5, 6)"></open-express-dashboard>',
    );
    expect(look(inner)).toMatchObject({ background: 'rgb(1, 2, 3)', border: 'rgb(4, 5, 6)', color: 'rgb(48, 49, 61)' });
  });

  it('scales text and height together with size', async () => {
    const measure = async (size: string) => {
      const { inner } = await mount(`<p style="font-size: 16px"><open-express-dashboard size="${size}">Open</open-express-dashboard></p>`);
      return { fontSize: parseFloat(getComputedStyle(inner).fontSize), height: inner.getBoundingClientRect().height };
    };
    const small = await measure('small');
    const medium = await measure('medium');
    const large = await measure('large');
    expect([small.fontSize, medium.fontSize, large.fontSize]).toEqual([14, 16, 18]);
    expect(small.height).toBeLessThan(medium.height);
    expect(medium.height).toBeLessThan(large.height);
  });

  it.each(['variant="neutral"', 'variant="neutral" disabled', 'size="small"', 'size="large" variant="neutral"'])(
    'has no axe violations with %s',
    async (attributes) => {
      const { element } = await mount(`<open-express-dashboard ${attributes}></open-express-dashboard>`);
      const results = await axe.run(element, { resultTypes: ['violations'] });
      expect(results.violations.map((violation) => violation.id)).toEqual([]);
    },
  );
});
