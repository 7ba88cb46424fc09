import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** A personal link's token: 32 random bytes, URL-safe. Only its hash is stored. */
export const newToken = () => randomBytes(32).toString('base64url');
export const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');
/** Response ids are random so that they say nothing about the order responses came in. */
export const newResponseId = () => randomUUID();
export const isWellFormedToken = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);
