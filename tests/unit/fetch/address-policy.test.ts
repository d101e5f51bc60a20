import { describe, expect, it } from 'vitest';
import { addressProblem } from '../../../server/src/fetch/address-policy.js';

describe('addressProblem', () => {
  it('refuses loopback, private, link-local, multicast and mapped private addresses', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '255.255.255.255',
      '::1',
      '::',
      'fd00::1',
      'fe80::1',
      'ff02::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      '::ffff:7f00:1',
      '0:0:0:0:0:ffff:a00:1',
    ])
      expect(addressProblem(address, false), address).toContain('FETCH_ALLOW_PRIVATE_ADDRESSES');
  });

  it('lets public addresses through, and private ones when the setting allows them', () => {
    for (const address of [
      '93.184.216.34',
      '8.8.8.8',
      '2606:4700::1111',
      '::ffff:8.8.8.8',
      '::ffff:808:808',
    ])
      expect(addressProblem(address, false), address).toBeUndefined();
    expect(addressProblem('127.0.0.1', true)).toBeUndefined();
  });

  it('refuses what is not an IP address', () => {
    expect(addressProblem('localhost', true)).toContain('not an IP address');
  });
});
