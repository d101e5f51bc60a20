/**
 * The link form: from one node to another (given, or found by name), offering only the types the
 * vocabulary allows between their kinds, in either direction; status, dates, and evidence picked
 * from sources' texts. Also the smaller forms on an existing link: add evidence, delete it.
 */
import { addEvidence, addRelation, deleteRelation } from '../api/editing.js';
import type { NodeFields, RelationFields } from '../api/types.js';
import {
  allowedLinkTypes,
  evidenceInput,
  relationInput,
  type LinkChoice,
  type TypeRule,
} from '../graph/edit-rules.js';
import { typeLabel } from '../graph/elements.js';
import { field, openEditDialog } from './edit-dialog.js';
import { h } from './dom.js';
import { entityCombobox } from './entity-combobox.js';
import { evidencePicker } from './evidence-picker.js';

/** What the link form needs from the vocabulary. */
export interface LinkVocabulary {
  rules: readonly TypeRule[];
  statuses: readonly string[];
}

type End = Pick<NodeFields, 'id' | 'name' | 'kind'>;

/**
 * Opens the form for a link from `first` to `second`, or to a node the analyst picks among those
 * in view (`inView`) or finds by name.
 */
export function openLinkEditor(
  vocabulary: LinkVocabulary,
  first: End,
  second: End | null,
  inView: readonly End[],
  saved: (relation: RelationFields) => void,
): void {
  let other: End | null = second;
  let choices: LinkChoice[] = [];
  const type = h('select', { 'data-testid': 'link-type' });
  const fillTypes = () => {
    choices = other ? allowedLinkTypes(vocabulary.rules, first.kind, other.kind) : [];
    const [a, b] = [first.name, other?.name ?? '…'];
    type.replaceChildren(
      ...(choices.length
        ? choices.map((c, i) =>
            h(
              'option',
              { value: String(i), title: c.meaning },
              c.reversed
                ? `${b} → ${typeLabel(c.type)} → ${a}`
                : `${a} → ${typeLabel(c.type)} → ${b}`,
            ),
          )
        : [
            h(
              'option',
              { value: '' },
              other
                ? `No link type joins a ${first.kind} and a ${other.kind}`
                : 'Choose the other node first',
            ),
          ]),
    );
    type.disabled = choices.length === 0;
  };
  const otherName = h('p', { 'data-testid': 'link-other' }, second ? second.name : '');
  const choose = (entity: End) => {
    other = entity;
    otherName.textContent = `Chosen: ${entity.name} (${entity.kind})`;
    fillTypes();
  };
  const find = entityCombobox({
    label: 'Or find it by name',
    placeholder: 'Find the other node…',
    testId: 'link-to',
    onEscapeEmpty: () => find.input.closest('dialog')?.close(),
    onChoose: (entity) => (choose(entity), type.focus()),
  });
  const candidates = inView.filter((n) => n.id !== first.id);
  const pick = h(
    'select',
    { 'data-testid': 'link-to-view' },
    h('option', { value: '' }, candidates.length ? 'Choose…' : 'No other node in view'),
    ...candidates.map((n) => h('option', { value: n.id }, `${n.name} (${n.kind})`)),
  );
  pick.addEventListener('change', () => {
    const entity = candidates.find((n) => n.id === pick.value);
    if (entity) choose(entity);
  });
  fillTypes();
  const status = h(
    'select',
    { 'data-testid': 'link-status' },
    h('option', { value: '' }, 'not given'),
    ...vocabulary.statuses.map((s) => h('option', { value: s }, s)),
  );
  const date = (name: string) =>
    h('input', {
      type: 'text',
      placeholder: '2021, 2021-08 or 2021-08-26',
      'data-testid': `link-${name}`,
    });
  const [since, until] = [date('since'), date('until')];
  const evidence = evidencePicker();

  openEditDialog({
    title: `Link ${first.name}${second ? ` and ${second.name}` : ''}`,
    testId: 'link-editor',
    submitLabel: 'Add link',
    body: [
      second ? otherName : field('Link to a node in view', pick, 'to'),
      second
        ? null
        : h(
            'div',
            { className: 'edit-field' },
            h('span', { className: 'small muted' }, 'Or find it by name'),
            find.root,
            otherName,
          ),
      field('Type', type, 'type'),
      field('Status', status, 'status'),
      field('Since', since, 'since'),
      field('Until', until, 'until'),
      evidence.root,
    ],
    async onSubmit() {
      const choice = choices[Number(type.value)];
      if (!other || !choice) throw new Error('Choose the other node and a link type.');
      const input = relationInput({
        first: first.id,
        second: other.id,
        choice,
        status: status.value,
        since: since.value,
        until: until.value,
        evidence: evidence.picked(),
      });
      saved(await addRelation(input));
    },
  });
  (second ? type : pick).focus();
}

/** Opens the form adding evidence to `relation`. */
export function openEvidenceEditor(
  relation: RelationFields,
  saved: (relation: RelationFields) => void,
): void {
  const evidence = evidencePicker();
  openEditDialog({
    title: `Add evidence to ${typeLabel(relation.type)}`,
    testId: 'evidence-editor',
    submitLabel: 'Add evidence',
    body: [evidence.root],
    async onSubmit() {
      saved(await addEvidence(relation.id, evidenceInput(evidence.picked())));
    },
  });
  evidence.root.querySelector('input')?.focus();
}

/** Asks before deleting `relation`. */
export function confirmDeleteRelation(
  relation: RelationFields,
  names: { from: string; to: string },
  deleted: (id: string) => void,
): void {
  const dialog = openEditDialog({
    title: 'Delete this link?',
    testId: 'delete-relation',
    submitLabel: 'Delete',
    body: [
      h(
        'p',
        {},
        `${names.from} → ${typeLabel(relation.type)} → ${names.to}, with its ${relation.evidence.length} quote(s), is removed from the graph.`,
      ),
    ],
    async onSubmit() {
      deleted(await deleteRelation(relation.id));
    },
  });
  dialog.dialog.querySelector<HTMLButtonElement>('.edit-buttons .btn')?.focus();
}
