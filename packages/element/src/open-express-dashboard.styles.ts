import { unsafeCSS, type CSSResult } from 'lit';

/**
 * Lit's `css` tag without its runtime (0.16 kB gzip of the standalone module), which only checks
 * interpolated values: this static stylesheet has none, and the signature refuses them. Named
 * `css` so that the standalone build's minifier and editors still read the literal as CSS.
 */
const css = (strings: TemplateStringsArray): CSSResult => unsafeCSS(strings[0]);

export const styles = css`
  :host {
    display: inline-flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.5em;
    font: inherit;
  }

  :host([hidden]) {
    display: none;
  }

  /* Variant, size and theme set private defaults; the public --oed-* properties still win over them. */
  :host {
    --_background: #635bff;
    --_background-hover: #4f46e5;
    --_color: #fff;
    --_border-color: transparent;
    --_font-size: 1em;
    --_focus-color: #635bff;
    --_error-color: #c0123c;
  }

  :host([variant='neutral']) {
    --_background: #fff;
    --_background-hover: #f6f8fa;
    --_color: #30313d;
    /* 3.1:1 against white: a visible boundary (WCAG 1.4.11). */
    --_border-color: #8792a2;
  }

  /* Dark: theme="dark", or theme="auto" on a system set to dark. The filled button keeps its
     colours (white on #635bff is 4.7:1); the outlined one, the focus ring and the message change. */
  :host([theme='dark']) {
    color-scheme: dark;
    --_focus-color: #8f8aff;
    --_error-color: #ff7a93;
  }

  :host([theme='dark'][variant='neutral']) {
    --_background: #1a1b25;
    --_background-hover: #262837;
    --_color: #f6f8fa;
    --_border-color: #8792a2;
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      color-scheme: dark;
      --_focus-color: #8f8aff;
      --_error-color: #ff7a93;
    }

    :host([theme='auto'][variant='neutral']) {
      --_background: #1a1b25;
      --_background-hover: #262837;
      --_color: #f6f8fa;
      --_border-color: #8792a2;
    }
  }

  :host([size='small']) {
    --_font-size: 0.875em;
  }

  :host([size='large']) {
    --_font-size: 1.125em;
  }

  button {
    position: relative;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: var(--oed-min-height, 2.5em);
    padding: var(--oed-padding, 0 1.25em);
    border: 1px solid var(--oed-border-color, var(--_border-color));
    border-radius: var(--oed-border-radius, 6px);
    background: var(--oed-background, var(--_background));
    color: var(--oed-color, var(--_color));
    font: inherit;
    font-size: var(--_font-size);
    font-weight: 600;
    cursor: pointer;
  }

  button:hover:not(:disabled) {
    background: var(--oed-background-hover, var(--oed-background, var(--_background-hover)));
  }

  button:focus-visible {
    outline: var(--oed-focus-ring, 2px solid var(--_focus-color));
    outline-offset: var(--oed-focus-ring-offset, 2px);
  }

  button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }

  button[aria-busy='true'] {
    cursor: progress;
  }

  /* The label keeps its width while the spinner shows, so the button does not jump. */
  button[aria-busy='true'] .label {
    visibility: hidden;
  }

  .spinner {
    position: absolute;
    inset: 0;
    margin: auto;
    width: 1em;
    height: 1em;
    box-sizing: border-box;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }

  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 2.4s;
    }
  }

  .error {
    margin: 0;
    color: var(--oed-error-color, var(--_error-color));
  }

  /* Read by screen readers, not shown. Empty live regions stay in the tree (not display: none) so
     that text put into them is announced. */
  .visually-hidden,
  .error:empty {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  @media (forced-colors: active) {
    button {
      border: 1px solid ButtonText;
    }
  }
`;
