/**
 * ACLED's actor types: 1 state forces, 2 rebel groups, 3 political militias, 4 identity militias,
 * 5 rioters, 6 protesters, 7 civilians, 8 external/other forces. Older exports give them as codes
 * (inter1 "2", interaction "12"), newer ones as words ("Rebel group", "State forces-Rebel group").
 */
import type { TableRow } from '../csv/table-rows.js';

const TYPE_NAMES = [
  'state forces',
  'rebel group',
  'political militia',
  'identity militia',
  'rioters',
  'protesters',
  'civilians',
  'external/other forces',
];

function typeCode(text: string): number | undefined {
  const value = text.trim().toLowerCase();
  if (/^[1-8]$/.test(value)) return Number(value);
  const index = TYPE_NAMES.indexOf(value);
  return index === -1 ? undefined : index + 1;
}

/** The actor types of actor1 and actor2: from inter1/inter2 when the export has them, else from interaction. */
export function actorTypes(row: TableRow): [number | undefined, number | undefined] {
  const inter1 = typeCode(row.get('inter1'));
  if (inter1 !== undefined) return [inter1, typeCode(row.get('inter2'))];
  const interaction = row.get('interaction');
  if (/^\d{1,2}$/.test(interaction)) {
    return [typeCode(interaction[0]!), typeCode(interaction[1] ?? '')];
  }
  const [first = '', second = ''] = interaction.replace(/ only$/i, '').split('-');
  return [typeCode(first), typeCode(second)];
}

/** "Military Forces of Afghanistan (2021-)" → "Afghanistan"; undefined for other names. */
export function stateOfForces(actor: string): string | undefined {
  return /^(?:Military|Police) Forces of (?:the )?(.+?)(?: \(\d{4}-\d{0,4}\).*)?$/.exec(actor)?.[1];
}
