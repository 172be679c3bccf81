import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.5em;
    font: inherit;
  }

  button {
    position: relative;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 2.5em;
    padding: 0 1.25em;
    border: 0;
    border-radius: var(--oed-border-radius, 6px);
    background: var(--oed-background, #635bff);
    color: var(--oed-color, #fff);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  button:focus-visible {
    outline: var(--oed-focus-ring, 3px solid #a5b4fc);
    outline-offset: 2px;
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
    color: var(--oed-error-color, #c0123c);
  }

  .error:empty {
    display: none;
  }
`;
