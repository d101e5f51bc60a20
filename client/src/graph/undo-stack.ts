/** A bounded stack of earlier views, each with a label such as "Expand IS-K" for the undo button. */

/** One undoable step: the view before it and what it did. */
export interface UndoEntry<T> {
  label: string;
  before: T;
}

/** Last-in, first-out history of snapshots; the oldest fall off past `limit`. */
export class UndoStack<T> {
  readonly #entries: UndoEntry<T>[] = [];

  /** `limit`: how many steps back the user can go; views are small, so memory is not the concern. */
  constructor(readonly limit = 50) {}

  /** Records the view before an action. */
  push(label: string, before: T): void {
    this.#entries.push({ label, before });
    if (this.#entries.length > this.limit) this.#entries.shift();
  }

  /** Takes the most recent step off, or undefined when there is none. */
  pop(): UndoEntry<T> | undefined {
    return this.#entries.pop();
  }

  /** Label of the step `pop` would undo. */
  peekLabel(): string | undefined {
    return this.#entries.at(-1)?.label;
  }

  get size(): number {
    return this.#entries.length;
  }

  clear(): void {
    this.#entries.length = 0;
  }
}
