/**
 * Opens an empty tab now, while the click's user activation lasts: a `window.open` after an
 * `await` is blocked by popup blockers. Returns `null` when the browser blocked it (popup
 * blockers, sandboxed iframes without `allow-popups`).
 */
export function openEmptyTab(): Window | null {
  const tab = window.open('', '_blank');
  // The tab will show a third-party page: it must not reach back into this one (reverse tabnabbing).
  if (tab) tab.opener = null;
  return tab;
}

/** Sends a tab opened by {@link openEmptyTab} to `url`, without leaving the blank page in its history. */
export function sendTab(tab: Window, url: string): void {
  tab.location.replace(url);
}
