/**
 * Which addresses `fetchSource` may connect to. A page URL comes from a user, so without this rule
 * the server could be made to read its own loopback services, the cloud metadata endpoint or the
 * private network behind it (server-side request forgery). The rule is applied to the address the
 * socket connects to, after DNS resolution (download.ts), so a name that resolves to a private
 * address — also one that changes its answer between two look-ups — is refused.
 */
import { BlockList, isIP } from 'node:net';

/**
 * Node's own address matcher, so no hand-written prefix arithmetic. IPv4-mapped IPv6 addresses are
 * checked as the IPv4 address they carry (addressProblem); a ::ffff:0:0/96 rule here would match
 * every IPv4 address, as BlockList compares IPv4 with IPv6 rules through that mapping.
 */
const refused = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (cloud metadata)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const)
  refused.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['64:ff9b::', 96], // NAT64 can reach IPv4 private ranges
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const)
  refused.addSubnet(network, prefix, 'ipv6');

/** The IPv4 address in an IPv4-mapped IPv6 one, dotted (URL writes ::ffff:127.0.0.1 as ::ffff:7f00:1). */
function mappedIpv4(address: string): string | undefined {
  const dotted = /^(?:0{0,4}:){0,5}:?ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (dotted) return dotted;
  const hex = /^(?:0{0,4}:){0,5}:?ffff:([\da-f]{1,4}):([\da-f]{1,4})$/i.exec(address);
  if (!hex) return undefined;
  const [high, low] = [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16)];
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** Why the server may not connect to `address` (an IP literal), or undefined when it may. */
export function addressProblem(address: string, allowPrivate: boolean): string | undefined {
  const family = isIP(address);
  if (family === 0) return `"${address}" is not an IP address`;
  if (allowPrivate) return undefined;
  const mapped = family === 6 && mappedIpv4(address);
  const blocked = mapped
    ? refused.check(mapped, 'ipv4')
    : refused.check(address, family === 4 ? 'ipv4' : 'ipv6');
  return blocked
    ? `${address} is a private, loopback, link-local or multicast address (refused unless FETCH_ALLOW_PRIVATE_ADDRESSES is true)`
    : undefined;
}
