/** Small shared pieces: kind badges, status badges, entity links, evidence quotes with their sources. */
import type { EntityKind, EvidenceFields, SourceFields } from '../api/types.js';
import { glyphSvg, KIND_STYLES } from '../graph/kinds.js';
import { h, svgFromMarkup } from './dom.js';
import { openSourceReader } from './source-reader.js';
import { webLink } from './web-link.js';

/** A coloured badge with the kind's glyph and name. */
export function kindBadge(kind: EntityKind | null): HTMLElement {
  if (!kind) return h('span', { className: 'kind-badge', style: 'background:#64748b' }, 'Entity');
  return h(
    'span',
    { className: 'kind-badge', style: `background:${KIND_STYLES[kind].color}` },
    svgFromMarkup(glyphSvg(kind)),
    kind,
  );
}

/** The status a source gives a link, or nothing when it gives none. */
export function statusBadge(status: string | null): HTMLElement | null {
  return status
    ? h(
        'span',
        {
          className: `status-badge status-${status}`,
          title: `Status given by the source: ${status}`,
        },
        status,
      )
    : null;
}

/** '2015 – 2021', 'since 2015', 'until 2001', or nothing. */
export function period(since: string | null, until: string | null): string | null {
  if (since && until) return `${since} – ${until}`;
  if (since) return `since ${since}`;
  if (until) return `until ${until}`;
  return null;
}

/** "Title — Publisher, 2022-04-01" with a link when the source has an http(s) URL, and a duplicate mark. */
export function sourceCitation(source: SourceFields): HTMLElement {
  const title = source.url ? webLink(source.url, source.title) : source.title;
  const meta = [source.publisher, source.date].filter(Boolean).join(', ');
  const [original] = source.duplicateOf;
  return h(
    'cite',
    { 'data-source-id': source.id },
    title,
    meta ? ` — ${meta}` : null,
    original
      ? h(
          'span',
          {
            className: 'duplicate-mark',
            'data-testid': 'duplicate-source',
            title: `Near-copy of another source (similarity ${original.similarity.toFixed(2)}): not independent corroboration`,
          },
          'duplicate source',
        )
      : null,
  );
}

/**
 * A quote: when verified against its source's text, a button that opens the text at the quote;
 * otherwise marked as unverified.
 */
function quoteOf(e: EvidenceFields, all: readonly EvidenceFields[]): HTMLElement {
  const text = `“${e.quote}”`;
  if (!e.verified)
    return h(
      'div',
      { className: 'quote unverified' },
      h('blockquote', {}, text),
      h(
        'span',
        {
          className: 'unverified-mark',
          'data-testid': 'unverified',
          title: 'Not checked against a stored text of the source',
        },
        'unverified',
      ),
    );
  return h(
    'blockquote',
    {
      className: 'quote verified',
      role: 'button',
      tabindex: 0,
      title: 'Read it in the source',
      onclick: () => void openSourceReader(e, all),
      onkeydown: (event: Event) => {
        if ((event as KeyboardEvent).key === 'Enter') void openSourceReader(e, all);
      },
    },
    text,
  );
}

/** Verbatim quotes, each with the source it comes from. */
export function evidenceList(evidence: EvidenceFields[], limit = Infinity): HTMLElement {
  const list = h('ul', { className: 'evidence', 'data-testid': 'evidence' });
  const shown = evidence.slice(0, limit);
  for (const e of shown) list.append(h('li', {}, quoteOf(e, evidence), sourceCitation(e.source)));
  if (evidence.length > shown.length) {
    const more = h(
      'li',
      {},
      h(
        'button',
        { className: 'btn link small', type: 'button' },
        `Show ${evidence.length - shown.length} more`,
      ),
    );
    more
      .querySelector('button')!
      .addEventListener('click', () => list.replaceWith(evidenceList(evidence)));
    list.append(more);
  }
  return list;
}

/** A button naming an entity; clicking it calls `onOpen` (select it, adding it to the canvas if needed). */
export function entityLink(
  entity: { id: string; name: string },
  onOpen: (id: string) => void,
): HTMLElement {
  return h(
    'button',
    {
      type: 'button',
      className: 'btn link',
      'data-entity-id': entity.id,
      onclick: () => onOpen(entity.id),
    },
    entity.name,
  );
}
