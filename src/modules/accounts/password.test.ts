import { describe, expect, it } from 'vitest';
import { hashPassword, needsRehash, SCRYPT_PARAMS, verifyPassword } from './password';

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('riktig hest batteri stift');
    expect(await verifyPassword('riktig hest batteri stift', hash)).toBe(true);
    expect(await verifyPassword('riktig hest batteri stifT', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  it('writes its parameters, salt and key into a self-describing string', async () => {
    const hash = await hashPassword('riktig hest batteri stift');
    const [scheme, N, r, p, salt, key] = hash.split('$');
    expect(scheme).toBe('scrypt');
    expect([Number(N), Number(r), Number(p)]).toEqual([2 ** 17, 8, 1]);
    expect([SCRYPT_PARAMS.N, SCRYPT_PARAMS.r, SCRYPT_PARAMS.p]).toEqual([131072, 8, 1]);
    expect(Buffer.from(salt!, 'base64url')).toHaveLength(16);
    expect(Buffer.from(key!, 'base64url')).toHaveLength(32);
    expect(salt).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(needsRehash(hash)).toBe(false);
  });

  it('salts every hash differently', async () => {
    const [a, b] = await Promise.all([hashPassword('same password here'), hashPassword('same password here')]);
    expect(a).not.toBe(b);
  });

  it('still verifies a hash made with other parameters, and asks for a rehash', async () => {
    // A cheaper hash, as an older version might have stored (N=2^14), made by the same format.
    const { scryptSync, randomBytes } = await import('node:crypto');
    const salt = randomBytes(16);
    const key = scryptSync('gammelt passord 2017', salt, 32, { N: 2 ** 14, r: 8, p: 1 });
    const old = `scrypt$16384$8$1$${salt.toString('base64url')}$${key.toString('base64url')}`;
    expect(await verifyPassword('gammelt passord 2017', old)).toBe(true);
    expect(needsRehash(old)).toBe(true);
  });

  it('treats a value it cannot read as a wrong password, never as a crash', async () => {
    for (const stored of ['', 'plain-text', 'scrypt$3$8$1$AAAA$AAAA', 'scrypt$1073741824$8$1$c2FsdHNhbHQ$a2V5a2V5a2V5a2V5a2V5a2V5', 'bcrypt$x']) {
      expect(await verifyPassword('anything at all', stored)).toBe(false);
      expect(needsRehash(stored)).toBe(true);
    }
  });

  it('takes æøå composed or decomposed as the same password', async () => {
    const hash = await hashPassword('blåbærsyltetøy\u00e5');
    expect(await verifyPassword('blåbærsyltetøya\u030a', hash)).toBe(true);
  });
});
