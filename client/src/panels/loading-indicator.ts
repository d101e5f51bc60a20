/** A progress strip and a spoken "Loading…" for requests that take longer than a moment. */
import { onPendingChange } from '../api/activity.js';

/** Fast answers should not flash a spinner; slower ones must not look like a frozen page. */
const SLOW_AFTER_MS = 300;

/** Shows `bar` while requests have been pending for SLOW_AFTER_MS; marks `busy` with aria-busy. */
export function mountLoadingIndicator(bar: HTMLElement, busy: HTMLElement): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  onPendingChange((pending) => {
    clearTimeout(timer);
    if (pending === 0) {
      bar.hidden = true;
      bar.setAttribute('aria-hidden', 'true');
      busy.removeAttribute('aria-busy');
      return;
    }
    busy.setAttribute('aria-busy', 'true');
    timer = setTimeout(() => {
      bar.hidden = false;
      bar.removeAttribute('aria-hidden');
    }, SLOW_AFTER_MS);
  });
}
