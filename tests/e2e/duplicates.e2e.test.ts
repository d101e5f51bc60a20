/**
 * Duplicate candidates in the explorer, in real Chromium at phone size: an editor finds the pair in
 * the details of one of its entities, opens "Merge…", reads the preview in a dialog that fits the
 * screen, and closes it with Escape.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { editorHeaders } from '../support/app.js';
import { candidateWrite } from '../../server/src/importers/event-writes.js';
import { TestEntities } from '../support/graphql/test-entities.js';
import { PHONE, useExplorer } from './session.js';

const session = useExplorer();
const TOKEN = editorHeaders.authorization.replace(/^Bearer /, '');
let made: TestEntities | undefined;
afterAll(async () => made?.cleanUp());

/** Signs in through the top bar. */
async function signIn(page: Page): Promise<void> {
  await page.getByTestId('sign-in-open').click();
  await page.getByTestId('sign-in-token').fill(TOKEN);
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('signed-in').waitFor();
}

/** Records the pair as an import does; returns its id. */
async function record(a: string, b: string, score: number) {
  const candidate = candidateWrite('Group', a, { id: b, score, reason: 'similar name' });
  await session.app.db.write('import/record-candidates', {
    candidates: [candidate],
    editor: 'import:e2e',
    now: new Date().toISOString(),
  });
  return candidate.id;
}

/** Two groups that are one: `keep` has two links, `twin` one (to the Taliban); a third stays apart. */
async function pairs(run: string) {
  made ??= new TestEntities(session.app);
  const keep = await made.group(`${run}-keep`);
  const twin = await made.group(`${run}-twin`);
  const apart = await made.group(`${run}-apart`);
  await made.relation('RIVAL_OF', keep.id, 'is-k');
  await made.relation('OPERATES_IN', keep.id, 'kabul');
  await made.relation('ALLY_OF', twin.id, 'taliban');
  return {
    keep,
    twin,
    apart,
    merged: await record(keep.id, twin.id, 0.86),
    dismissed: await record(keep.id, apart.id, 0.81),
  };
}

// Many steps, each a round trip to a loaded machine: longer than the default, still a bound.

describe('duplicate candidates in the explorer', () => {
  it('fits the merge dialog on a phone', async () => {
    const { twin, merged } = await pairs('phone');
    const page = await session.open(`?x=${twin.id}&sel=${twin.id}`, PHONE);
    await signIn(page);
    const row = page.locator(`[data-testid=duplicate-candidate][data-id="${merged}"]`).first();
    await row.getByTestId('duplicate-merge').click();
    const dialog = page.getByTestId('merge-dialog');
    await dialog.getByTestId('merge-preview-relation').first().waitFor();
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  }, 240_000);
});
