/** A request's path and query, from its target alone. */
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { pathOf, queryOf } from '../../../src/server/requestTarget';

const req = (url?: string) => ({ url }) as IncomingMessage;

describe('pathOf and queryOf', () => {
  it('split the target at its first ?', () => {
    expect(pathOf(req('/api/studio/preview-font?doc=a.txt&x=1?2'))).toBe('/api/studio/preview-font');
    expect(queryOf(req('/api/studio/preview-font?doc=a.txt&x=1?2')).get('x')).toBe('1?2');
    expect(queryOf(req('/p?doc=%E6%BD%8D.txt')).get('doc')).toBe('潍.txt');
  });
  it('take a missing target or query as / with no parameters, and never throw on a malformed one', () => {
    expect(pathOf(req())).toBe('/');
    expect([...queryOf(req('/p'))]).toEqual([]);
    // A broken escape is decoded as the replacement character, not thrown.
    expect(queryOf(req('//%E0%A4%A?doc=%E0%A4%A')).get('doc')).toBe('\uFFFD%A');
  });
});
