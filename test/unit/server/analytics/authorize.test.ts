import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { bearerKeyAuthorize } from '../../../../src/server/analytics/authorize';

const req = (authorization?: string) => ({ headers: authorization === undefined ? {} : { authorization } }) as IncomingMessage;

describe('studio key (until the studio brings its own)', () => {
  it('lets in only the exact bearer key', () => {
    const authorize = bearerKeyAuthorize('s3cret-key');
    expect(authorize(req('Bearer s3cret-key'))).toEqual({ label: 'studio key' });
    for (const h of [undefined, '', 'Bearer', 'Bearer s3cret-ke', 'Bearer s3cret-key2', 'Basic s3cret-key', 's3cret-key']) expect(authorize(req(h))).toBeNull();
  });
  it('lets nobody in when no key is configured', () => {
    expect(bearerKeyAuthorize(undefined)(req('Bearer '))).toBeNull();
    expect(bearerKeyAuthorize('')(req('Bearer anything'))).toBeNull();
  });
});
