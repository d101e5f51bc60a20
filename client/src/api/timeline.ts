/** `timeline`: attacks per month for the groups in view. */
import { execute, operation } from './client.js';
import type { TimelineBucketFields } from './types.js';

export const TIMELINE = operation<{ timeline: TimelineBucketFields[] }, { groupIds: string[] }>(
  'Timeline',
  /* GraphQL */ `
    query Timeline($groupIds: [ID!]) {
      timeline(filter: { groupIds: $groupIds }) {
        month
        group {
          id
          name
          kind
        }
        attacks
        killed
        wounded
      }
    }
  `,
);

/** Monthly attack counts for these groups (or persons). */
export async function fetchTimeline(
  groupIds: string[],
  signal?: AbortSignal,
): Promise<TimelineBucketFields[]> {
  if (groupIds.length === 0) return [];
  return (await execute(TIMELINE, { groupIds }, signal)).timeline;
}
