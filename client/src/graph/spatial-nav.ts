/**
 * Arrow-key navigation on the canvas: from the selected node, the nearest node roughly in the
 * arrow's direction. Candidates within 60° either side of the direction count; distance is
 * divided by cos² of the angle, so a node straight ahead beats a closer one off to the side.
 */

/** A node's id and position on screen. */
export interface Placed {
  id: string;
  x: number;
  y: number;
}

export type Direction = 'up' | 'down' | 'left' | 'right';

const VECTORS: Record<Direction, [number, number]> = {
  up: [0, -1],
  down: [0, 1],
  left: [-1, 0],
  right: [1, 0],
};

/** The id of the best node in `direction` from `from`, or null when there is none. */
export function nextInDirection(
  from: Placed,
  candidates: Placed[],
  direction: Direction,
): string | null {
  const [dx, dy] = VECTORS[direction];
  let best: { id: string; score: number } | null = null;
  for (const c of candidates) {
    if (c.id === from.id) continue;
    const vx = c.x - from.x;
    const vy = c.y - from.y;
    const distance = Math.hypot(vx, vy);
    if (distance === 0) continue;
    const cos = (vx * dx + vy * dy) / distance;
    if (cos < 0.5) continue; // outside the 120° cone
    const score = distance / (cos * cos);
    if (!best || score < best.score) best = { id: c.id, score };
  }
  return best?.id ?? null;
}

/** Where navigation starts when nothing is selected: the node nearest the centre of the screen. */
export function nearestTo(point: { x: number; y: number }, candidates: Placed[]): string | null {
  let best: { id: string; d: number } | null = null;
  for (const c of candidates) {
    const d = Math.hypot(c.x - point.x, c.y - point.y);
    if (!best || d < best.d) best = { id: c.id, d };
  }
  return best?.id ?? null;
}
