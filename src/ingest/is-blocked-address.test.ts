import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isBlockedAddress } from './is-blocked-address.ts';

const strict = { allowPrivateAddresses: false };

test('isBlockedAddress refuses private, loopback, link-local, CGNAT, multicast and reserved IPv4', () => {
  for (const ip of [
    '0.0.0.0',
    '10.0.0.1',
    '100.64.1.1',
    '127.0.0.1',
    '127.255.255.254',
    '169.254.169.254',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '192.0.2.10',
    '198.18.0.1',
    '224.0.0.1',
    '240.0.0.1',
    '255.255.255.255',
  ]) {
    assert.equal(isBlockedAddress(ip, strict), true, ip);
  }
});

test('isBlockedAddress accepts public addresses', () => {
  for (const ip of ['8.8.8.8', '151.101.1.69', '172.32.0.1', '100.128.0.1', '2606:4700::6810:85e5']) {
    assert.equal(isBlockedAddress(ip, strict), false, ip);
  }
});

test('isBlockedAddress judges IPv6 forms, including those that embed an IPv4 address', () => {
  for (const ip of [
    '::1',
    '::',
    'fc00::1',
    'fd12:3456::1',
    'fe80::1%eth0',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:169.254.169.254',
    '64:ff9b::a00:1',
    '2002:c0a8:101::1',
    '2001:db8::1',
    '[::1]',
  ]) {
    assert.equal(isBlockedAddress(ip, strict), true, ip);
  }
  assert.equal(isBlockedAddress('::ffff:8.8.8.8', strict), false);
  assert.equal(isBlockedAddress('2002:808:808::1', strict), false);
  assert.equal(isBlockedAddress('not-an-ip', strict), true);
});

test('isBlockedAddress honours allowPrivateAddresses and an allow-list of addresses and ranges', () => {
  assert.equal(isBlockedAddress('127.0.0.1', { allowPrivateAddresses: true }), false);
  const intranet = { allowPrivateAddresses: false, allowAddresses: ['10.20.0.0/16', '192.168.1.5'] };
  assert.equal(isBlockedAddress('10.20.3.4', intranet), false);
  assert.equal(isBlockedAddress('192.168.1.5', intranet), false);
  assert.equal(isBlockedAddress('192.168.1.6', intranet), true);
  assert.equal(isBlockedAddress('10.21.0.1', intranet), true);
});
