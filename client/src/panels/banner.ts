/**
 * The outage banner: appears when the API cannot be reached, says that the view is kept, and offers
 * a retry; it disappears by itself as soon as any request succeeds again.
 */
import { onOutageChange } from '../api/activity.js';
import { h, replaceChildren } from './dom.js';

/** Wires the banner to the API's outage reports; `retry` re-runs what the view needs. */
export function mountBanner(root: HTMLElement, retry: () => Promise<void>): void {
  const button = h(
    'button',
    { type: 'button', className: 'btn', 'data-testid': 'api-retry' },
    'Retry',
  );
  const text = h('span', { 'data-testid': 'api-banner-text' });
  replaceChildren(root, h('strong', {}, 'API unavailable.'), text, button);
  button.addEventListener('click', async () => {
    button.disabled = true;
    button.textContent = 'Retrying…';
    try {
      await retry();
    } finally {
      button.disabled = false;
      button.textContent = 'Retry';
    }
  });
  onOutageChange((error) => {
    if (error)
      text.textContent = `${error.message} What is on the canvas stays; retry when the server is back.`;
    root.hidden = error === null;
  });
}
