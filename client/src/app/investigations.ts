/**
 * Saved investigations in the explorer: saving the view (with node positions and notes), reopening
 * one (from the list or a `?investigation=<id>` link) and notes on nodes and links, which show as
 * a halo on the canvas and in the panel when the element is selected.
 */
import type { Core } from 'cytoscape';
import { setEditorToken } from '../api/editor-token.js';
import { ApiError } from '../api/errors.js';
import {
  fetchInvestigation,
  listInvestigations,
  saveInvestigation,
} from '../api/investigations.js';
import { fromSavedView, toSavedView } from '../graph/saved-view.js';
import type { Pin } from '../graph/view-state.js';
import { h, replaceChildren } from '../panels/dom.js';
import { createInvestigationPanel } from '../panels/investigation-panel.js';
import type { Explorer } from './explorer.js';

const ENTITY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Where every entity node on the canvas stands now. */
function currentPositions(cy: Core): Pin[] {
  return cy
    .nodes()
    .map((n) => ({ id: n.id(), ...n.position() }))
    .filter((p) => ENTITY_ID.test(p.id));
}

/** A conflict says to reopen; other failures say what went wrong. */
const notSaved = (error: unknown) =>
  error instanceof ApiError && error.code === 'CONFLICT'
    ? `Not saved: ${error.message}`
    : `Not saved (${(error as Error).message}).`;

/**
 * Mounts the panel into `root` and wires it to the explorer; `noteBox` (in the details panel) shows
 * the note on the selection. `start` runs once at start-up.
 */
export function wireInvestigations(ex: Explorer, root: HTMLElement, noteBox: HTMLElement) {
  const cy = ex.cy;
  const panel = createInvestigationPanel(root, {
    save: (name, text, token, asNew) => void save(name, text, token, asNew),
    open: (id) => void open(id),
    refresh: () => void refresh(),
    setNote,
  });
  const notes = new Map<string, string>();
  let current: { id: string; version: number } | null = null;

  function markNotes(): void {
    cy.elements('.has-note').removeClass('has-note');
    for (const id of notes.keys()) cy.getElementById(id).addClass('has-note');
  }
  function showSelection(): void {
    const id = ex.state.selected;
    const element = id ? cy.getElementById(id) : null;
    const note = id ? notes.get(id) : undefined;
    noteBox.hidden = note === undefined;
    replaceChildren(noteBox, note === undefined ? null : h('strong', {}, 'Note: '), note);
    panel.setSelection(
      id && element?.nonempty()
        ? { label: (element.data('name') as string | undefined) ?? id, note: notes.get(id) ?? '' }
        : null,
    );
  }
  ex.onChange(() => (markNotes(), showSelection()));

  async function refresh(): Promise<void> {
    try {
      panel.setList(await listInvestigations());
    } catch (error) {
      panel.setStatus(`Could not list investigations: ${(error as Error).message}`);
    }
  }

  async function open(id: string): Promise<void> {
    try {
      const found = await fetchInvestigation(id);
      if (!found) return panel.setStatus(`No investigation has the id “${id}”.`);
      const saved = fromSavedView(found.state);
      notes.clear();
      for (const [target, text] of saved.notes) notes.set(target, text);
      current = { id: found.id, version: found.version };
      panel.setCurrent(found);
      await ex.apply(saved.state, { label: 'Open investigation', relayout: true });
      await ex.layoutDone;
      // Positions last: the layout has placed everything, now each node goes where it was saved.
      cy.batch(() => {
        for (const p of saved.positions) {
          const node = cy.getElementById(p.id);
          if (node.nonempty() && !node.locked()) node.position({ x: p.x, y: p.y });
        }
      });
      cy.fit(undefined, 40);
      markNotes();
      showSelection();
      panel.setStatus(`Opened “${found.name}” (version ${found.version}).`);
    } catch (error) {
      panel.setStatus(`Could not open the investigation: ${(error as Error).message}`);
    }
  }

  async function save(name: string, text: string, token: string, asNew: boolean): Promise<void> {
    if (token) setEditorToken(token);
    const target = asNew ? null : current;
    try {
      const stored = await saveInvestigation({
        ...(target ? { id: target.id, expectedVersion: target.version } : {}),
        name,
        notes: text,
        state: toSavedView(ex.state, currentPositions(cy), notes),
      });
      current = { id: stored.id, version: stored.version };
      panel.setCurrent(stored);
      panel.setStatus(`Saved “${stored.name}” (version ${stored.version}).`);
      void refresh();
    } catch (error) {
      panel.setStatus(notSaved(error));
    }
  }

  function setNote(text: string): void {
    const id = ex.state.selected;
    if (!id) return;
    if (text.trim()) notes.set(id, text);
    else notes.delete(id);
    markNotes();
    showSelection();
  }

  return {
    /** Opens the investigation a `?investigation=<id>` link names, if any; lists the saved ones. */
    start(search: string): boolean {
      void refresh();
      const id = new URLSearchParams(search).get('investigation');
      if (id) void open(id);
      return id !== null;
    },
  };
}
