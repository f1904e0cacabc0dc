import { describe, expect, it } from 'vitest';
import type { RosterEntry } from '../../../src/server/presenceBus';
import { InstanceTable } from '../../../src/server/presenceInstances';

const entry = (id: string, extra: Partial<RosterEntry> = {}): RosterEntry => ({ id, name: id, mode: 'desktop', colour: 0, hand: false, unseen: false, anonymous: 0, session: null, ...extra });

/** Places `id` the way the hub does and applies the upsert; returns the instance key. */
function enter(t: InstanceTable, hall: string, id: string, extra: Partial<RosterEntry> = {}): string {
  const instance = t.place(hall, extra.session ?? null);
  t.apply({ t: 'upsert', instance, hall, entry: entry(id, extra) });
  return instance;
}

describe('hall instances', () => {
  it('fills instances to capacity, per hall, and fills the fullest first when one frees a place', () => {
    const t = new InstanceTable(3);
    const keys = ['a', 'b', 'c', 'd', 'e'].map((id) => enter(t, 'hall', id));
    expect(new Set(keys.slice(0, 3)).size).toBe(1);
    expect(keys[3]).not.toBe(keys[0]);
    expect(enter(t, 'other', 'x')).not.toBe(keys[0]);
    t.apply({ t: 'leave', instance: keys[0], id: 'a' });
    // Both have room: the fuller one (two left) takes the newcomer.
    expect(enter(t, 'hall', 'f')).toBe(keys[0]);
  });

  it('keeps a session’s audience together past capacity and forgets an empty instance', () => {
    const t = new InstanceTable(2);
    const first = enter(t, 'hall', 'p', { session: 'ABCDE' });
    enter(t, 'hall', 'q');
    expect(enter(t, 'hall', 'r', { session: 'ABCDE' })).toBe(first);
    expect(t.instances.get(first)?.members.size).toBe(3);
    expect(t.sessionIn(first)).toBe('ABCDE');
    for (const id of ['p', 'q', 'r']) t.apply({ t: 'leave', instance: first, id });
    expect(t.instances.has(first)).toBe(false);
    expect(t.sessionIn(first)).toBeNull();
  });

  it('gives the smallest anonymous number free in the instance', () => {
    const t = new InstanceTable(50);
    const k = enter(t, 'hall', 'a', { anonymous: 1 });
    enter(t, 'hall', 'b', { anonymous: 2 });
    enter(t, 'hall', 'c', { anonymous: 3 });
    t.apply({ t: 'leave', instance: k, id: 'b' });
    expect(t.freeNumber(k)).toBe(2);
  });

  it('counts poses so a receiver can tell what moved', () => {
    const t = new InstanceTable(50);
    const k = enter(t, 'hall', 'a');
    t.apply({ t: 'pose', instance: k, id: 'a', p: [1, 160, 2, 0] });
    t.apply({ t: 'pose', instance: k, id: 'a', p: [2, 160, 2, 0] });
    t.apply({ t: 'pose', instance: k, id: 'ghost', p: [2, 160, 2, 0] });
    expect(t.instances.get(k)?.members.get('a')).toMatchObject({ pose: [2, 160, 2, 0], seq: 2 });
    expect(t.instances.get(k)?.members.size).toBe(1);
  });
});
