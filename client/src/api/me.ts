/** `me`: the name and role of the token the explorer sends (both null without a known token). */
import { execute, operation } from './client.js';

/** @public Persisted by scripts/persisted-operations.ts, which collects every exported operation. */
export const ME = operation<{ me: { name: string | null; role: string | null } }>(
  'Me',
  /* GraphQL */ `
    query Me {
      me {
        name
        role
      }
    }
  `,
);

/** Who the signed-in token belongs to. */
export async function fetchMe(): Promise<{ name: string | null; role: string | null }> {
  return (await execute(ME, {})).me;
}
