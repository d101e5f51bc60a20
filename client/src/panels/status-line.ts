/** Short notices ("Expanded IS-K: 23 neighbours", "Undid: hide Kabul"), announced politely to screen readers. */

/** How long a notice stays; long enough to read two lines. */
const SHOW_MS = 5000;

/** A `notify(message)` function writing into `root`. */
export function createStatusLine(root: HTMLElement): (message: string) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (message: string) => {
    clearTimeout(timer);
    root.textContent = message;
    timer = setTimeout(() => (root.textContent = ''), SHOW_MS);
  };
}
