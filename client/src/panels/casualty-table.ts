/** An attack's casualty reports side by side, one row per source; duplicates marked, never averaged. */
import type { CasualtyReportFields } from '../api/types.js';
import { casualtyColumns, casualtySpread } from '../graph/casualties.js';
import { sourceCitation } from './badges.js';
import { h } from './dom.js';
import { countWords } from '../graph/plural.js';

function spreadText(range: [number, number] | null, what: string): string | null {
  if (!range) return null;
  return range[0] === range[1] ? `${range[0]} ${what}` : `${range[0]}–${range[1]} ${what}`;
}

/** A figure, or a quiet "not given" so missing numbers do not read as zero. */
function figureCell(value: number | null, text: string): HTMLElement {
  return value === null
    ? h('td', { className: 'figure missing' }, h('span', { className: 'muted small' }, text))
    : h('td', { className: 'figure' }, text);
}

/** The section, or null when the attack has no reports. */
export function casualtySection(reports: CasualtyReportFields[]): HTMLElement | null {
  if (reports.length === 0) return null;
  const spread = casualtySpread(reports);
  const summary = [spreadText(spread.killed, 'killed'), spreadText(spread.wounded, 'wounded')]
    .filter(Boolean)
    .join(', ');
  return h(
    'section',
    { 'data-testid': 'casualty-reports', 'aria-label': 'Casualty reports' },
    h('h3', { className: 'section-title' }, `Casualty reports (${reports.length})`),
    h(
      'p',
      { className: 'small muted' },
      countWords(spread.independentReports, 'independent report'),
      summary ? `: ${summary}. ` : '. ',
      'Figures are shown as each source gives them, not averaged.',
    ),
    // One row per source, figures in aligned columns: the disagreement is visible at a glance.
    h(
      'table',
      { className: 'casualties' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Source'),
          h('th', { scope: 'col' }, 'Killed'),
          h('th', { scope: 'col' }, 'Wounded'),
        ),
      ),
      ...casualtyColumns(reports).map((c) =>
        h(
          'tbody',
          { className: c.duplicate ? 'duplicate' : '', 'data-duplicate': String(c.duplicate) },
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, sourceCitation(c.report.source)),
            figureCell(c.report.killed, c.killedText),
            figureCell(c.report.wounded, c.woundedText),
          ),
          h('tr', {}, h('td', { colspan: 3 }, h('blockquote', {}, `“${c.report.quote}”`))),
        ),
      ),
    ),
  );
}
