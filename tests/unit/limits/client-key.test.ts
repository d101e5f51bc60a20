import { describe, expect, it } from 'vitest';
import { clientKey, network } from '../../../server/src/limits/client-key.js';

const anonymous = {
  editor: undefined,
  socketAddress: '198.51.100.7',
  forwardedFor: null,
  trustProxy: false,
};

describe('clientKey', () => {
  it('charges editors by name, wherever they connect from', () => {
    expect(clientKey({ ...anonymous, editor: 'alice', forwardedFor: '203.0.113.1' })).toBe(
      'editor:alice',
    );
  });

  it('uses the socket address and ignores X-Forwarded-For unless the proxy is trusted', () => {
    expect(clientKey(anonymous)).toBe('ip:198.51.100.7');
    expect(clientKey({ ...anonymous, forwardedFor: '203.0.113.1' })).toBe('ip:198.51.100.7');
  });

  it('behind a trusted proxy, uses the entry the proxy appended: the last', () => {
    const proxied = { ...anonymous, trustProxy: true, socketAddress: '127.0.0.1' };
    expect(clientKey({ ...proxied, forwardedFor: '10.9.9.9, 203.0.113.1' })).toBe('ip:203.0.113.1');
    expect(clientKey({ ...proxied, forwardedFor: 'spoofed, not-an-address' })).toBe('ip:127.0.0.1');
    expect(clientKey({ ...proxied, forwardedFor: null })).toBe('ip:127.0.0.1');
  });

  it('has a key when the address is unknown', () => {
    expect(clientKey({ ...anonymous, socketAddress: undefined })).toBe('ip:unknown');
  });
});

describe('network', () => {
  it('keeps IPv4 addresses, also IPv4-mapped ones', () => {
    expect(network('192.0.2.1')).toBe('192.0.2.1');
    expect(network('::ffff:192.0.2.1')).toBe('192.0.2.1');
  });

  it('counts IPv6 addresses per /64, however they are written', () => {
    expect(network('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2::/64');
    expect(network('2001:0db8:0001:0002::9')).toBe('2001:db8:1:2::/64');
    expect(network('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(network('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64');
    expect(network('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(network('::1')).toBe('0:0:0:0::/64');
    expect(network('64:ff9b::192.0.2.1')).toBe('64:ff9b:0:0::/64');
    expect(network('1::2:3:4:5:192.0.2.1')).toBe('1:0:2:3::/64');
  });
});
