/**
 * Whom a request is charged to. Editors by name: their token says who they are, wherever they
 * connect from, and an office behind one address does not share their budget. Everyone else by
 * network address: the socket's, or with TRUST_PROXY the last X-Forwarded-For entry, the one the
 * proxy itself appended (earlier entries are whatever the client sent, so trusting them would let
 * anyone pick a fresh budget). IPv6 addresses count per /64, the block a single host usually gets.
 */
import { isIP } from 'node:net';

export interface ClientIdentity {
  /** The editor's name when the request carried a valid editor token. */
  editor: string | undefined;
  /** The TCP peer's address. */
  socketAddress: string | undefined;
  /** The X-Forwarded-For header, if any. */
  forwardedFor: string | null;
  trustProxy: boolean;
}

export function clientKey(client: ClientIdentity): string {
  if (client.editor !== undefined) return `editor:${client.editor}`;
  const forwarded = client.trustProxy ? client.forwardedFor?.split(',').at(-1)?.trim() : undefined;
  const address = forwarded && isIP(forwarded) ? forwarded : client.socketAddress;
  return `ip:${address ? network(address) : 'unknown'}`;
}

/** An IPv4 address as is (also when IPv4-mapped), an IPv6 address as its /64 network. */
export function network(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (isIP(address) !== 6) return address;
  const [head = '', tail] = address.split('%')[0]!.split('::');
  // An embedded IPv4 address (a.b.c.d) takes the room of two groups.
  const groups = (part: string | undefined) =>
    part ? part.split(':').flatMap((g) => (g.includes('.') ? ['0', '0'] : [g])) : [];
  const before = groups(head);
  const after = groups(tail);
  const full =
    tail === undefined
      ? before
      : [...before, ...Array(8 - before.length - after.length).fill('0'), ...after];
  return `${full
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}
