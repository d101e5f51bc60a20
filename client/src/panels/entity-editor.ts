/**
 * The entity form: create one (kind, name, id, aliases, description, the kind's own fields) or
 * edit one. Sent through `upsertEntity`; the server's checks are the only checks, shown at the
 * field they name.
 */
import { upsertEntity } from '../api/editing.js';
import type { EntityDetails, EntityKind, NodeFields } from '../api/types.js';
import { entityInput, KIND_FIELDS, slugOf, type EntityForm } from '../graph/edit-rules.js';
import { ENTITY_KINDS } from '../graph/kinds.js';
import { field, openEditDialog } from './edit-dialog.js';
import { h } from './dom.js';

/** Labels of the kind-specific fields. */
const FIELD_LABELS: Record<string, string> = {
  role: 'Role (as the source gives it)',
  placeType: 'Place type (province, city, district, neighbourhood, site or region)',
  iso2: 'ISO 3166 code (two letters)',
  orgType:
    'Organization type (intergovernmental, agency, think-tank, media, government, ngo, other)',
  date: 'Date (2021, 2021-08 or 2021-08-26)',
  attackType: 'Attack type',
  publisher: 'Publisher',
  url: 'URL',
};

/** The kinds an analyst creates by hand (sources come with their text, through addSource). */
const CREATABLE = ENTITY_KINDS.filter((kind) => kind !== 'Source');

/** The form's starting values for `entity`, or an empty form. */
function formOf(entity: EntityDetails | null): EntityForm {
  const fields: Record<string, string> = {};
  if (entity)
    for (const name of KIND_FIELDS[entity.kind] ?? [])
      fields[name] = String((entity as unknown as Record<string, unknown>)[name] ?? '');
  return {
    id: entity?.id ?? '',
    kind: entity?.kind ?? 'Group',
    name: entity?.name ?? '',
    aliases: entity?.aliases.join('\n') ?? '',
    description: entity?.description ?? '',
    fields,
  };
}

/** Opens the form; `saved` gets the entity as stored. */
export function openEntityEditor(
  entity: EntityDetails | null,
  saved: (entity: NodeFields) => void,
  reload: () => void,
): void {
  const start = formOf(entity);
  const input = (name: string, value: string, attrs: Record<string, string> = {}) =>
    h('input', { type: 'text', value, 'data-testid': `entity-${name}`, ...attrs });
  const kind = h(
    'select',
    { 'data-testid': 'entity-kind', disabled: entity !== null },
    ...CREATABLE.map((k) => h('option', { value: k, selected: k === start.kind }, k)),
  );
  const name = input('name', start.name, { required: 'true', autocomplete: 'off' });
  const id = input('id', start.id, { readonly: entity ? 'true' : '', spellcheck: 'false' });
  if (!entity) id.removeAttribute('readonly');
  let idTouched = entity !== null;
  id.addEventListener('input', () => (idTouched = true));
  name.addEventListener('input', () => {
    if (!idTouched) id.value = slugOf(name.value);
  });
  const aliases = h('textarea', { rows: 3, 'data-testid': 'entity-aliases' }, start.aliases);
  const description = h(
    'textarea',
    { rows: 3, 'data-testid': 'entity-description' },
    start.description,
  );
  const kindFields = h('div', { className: 'kind-fields' });
  const extra = new Map<string, HTMLInputElement>();
  const showKindFields = () => {
    extra.clear();
    kindFields.replaceChildren(
      ...(KIND_FIELDS[kind.value as EntityKind] ?? []).map((f) => {
        const control = input(f, start.fields[f] ?? '');
        extra.set(f, control);
        return field(FIELD_LABELS[f] ?? f, control, f);
      }),
    );
  };
  kind.addEventListener('change', showKindFields);
  showKindFields();

  openEditDialog({
    title: entity ? `Edit ${entity.name}` : 'New entity',
    testId: 'entity-editor',
    submitLabel: entity ? 'Save' : 'Create',
    body: [
      field('Kind', kind, 'kind'),
      field('Name', name, 'name'),
      field(
        'Id',
        id,
        'id',
        entity ? undefined : 'Lower-case words joined by hyphens; made from the name.',
      ),
      field('Aliases, one a line', aliases, 'aliases'),
      field('Description', description, 'description'),
      kindFields,
    ],
    onReload: reload,
    async onSubmit() {
      const form: EntityForm = {
        id: id.value,
        kind: kind.value as EntityKind,
        name: name.value,
        aliases: aliases.value,
        description: description.value,
        fields: Object.fromEntries([...extra].map(([f, control]) => [f, control.value])),
      };
      saved(await upsertEntity(entityInput(form)));
    },
  });
  name.focus();
}
