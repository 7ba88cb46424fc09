import { expect, it } from 'vitest';
import { hashLinkToken, linkExpiry, newLinkToken, recordingLinkUrl } from './links';
import { reminderDueOn } from './reminder-schedule';

it('makes 32-byte base64url tokens, stores only their SHA-256, and builds the /behandling/ address', () => {
  const token = newLinkToken();
  expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(newLinkToken()).not.toBe(token);
  expect(hashLinkToken(token)).toMatch(/^[0-9a-f]{64}$/);
  expect(hashLinkToken(token)).not.toContain(token);
  expect(recordingLinkUrl('https://samrad.example/', token)).toBe(`https://samrad.example/behandling/${token}`);
});

it('lets a link last 21 days, but never end before the deadline + 7 days', () => {
  const now = new Date('2018-03-16T10:00:00Z');
  expect(linkExpiry(now, '2018-03-20')).toBe('2018-04-06T10:00:00.000Z');
  expect(linkExpiry(now, '2018-05-30')).toBe('2018-06-06T23:59:59.000Z');
  expect(linkExpiry(now, '2018-03-20', 60)).toBe('2018-05-15T10:00:00.000Z');
});

it('puts the reminder N calendar days before the deadline, across month ends', () => {
  expect(reminderDueOn('2018-05-30', 7)).toBe('2018-05-23');
  expect(reminderDueOn('2018-03-03', 7)).toBe('2018-02-24');
});
