import { describe, expect, it } from 'vitest';
import { CARD_DISTANCE, menuCard, textColumns, visualAngle, WRIST_NOTE_LINES, WRIST_SCALE, wristCard, type Card, type WristState } from '../../../src/layout';

const state = (over: Partial<WristState> = {}): WristState => ({
  index: 2, count: 12, title: '四川省 · 元宇宙产业发展行动计划', notes: ['到 2025 年，元宇宙相关产业规模达到 2500 亿元', '重点企业 100 家'], code: 'ABCDE', followers: 3, blank: false, ...over,
});
const actions = (c: Card) => c.blocks.flatMap((b) => (b.pick?.type === 'card' ? [b.pick.action] : []));

describe('the presenter\'s wrist panel', () => {
  it('shows the stop, the code with the followers, and the notes; its buttons step back, blank and step on', () => {
    const c = wristCard(state());
    const text = c.labels.map((l) => l.text).join('\n');
    expect(text).toContain('3 / 12');
    expect(text).toContain('ABCDE');
    expect(text).toContain('3 人跟随');
    expect(text).toContain('2500 亿元');
    expect(actions(c)).toEqual([{ do: 'tour', command: 'previous' }, { do: 'tour', command: 'blank' }, { do: 'tour', command: 'next' }]);
  });
  it('says when nobody can follow, marks a blanked screen, and cuts long notes', () => {
    const long = wristCard(state({ code: null, blank: true, notes: Array.from({ length: 20 }, (_, i) => `第 ${i + 1} 条要点`) }));
    const text = long.labels.map((l) => l.text).join('\n');
    expect(text).toContain('无人跟随');
    expect(text).toContain('取消黑屏');
    const notes = long.labels.find((l) => l.text.includes('要点'))!.text.split('\n');
    expect(notes.length).toBe(WRIST_NOTE_LINES);
    expect(notes.at(-1)).toBe('…');
  });
  it('keeps its labels inside the panel and legible at the wrist (0.8° at 45 cm)', () => {
    const c = wristCard(state({ notes: ['很长的一条讲稿要点'.repeat(8)] }));
    for (const l of c.labels) {
      for (const line of l.text.split('\n')) {
        const w = textColumns(line) * l.size * 0.55;
        const left = l.anchorX === 'left' ? l.x : l.x - w / 2;
        expect(left, line).toBeGreaterThanOrEqual(-c.width / 2);
        expect(left + w, line).toBeLessThanOrEqual(c.width / 2 + 1e-9);
      }
      expect(visualAngle(l.size * WRIST_SCALE, 0.45), l.text).toBeGreaterThan(0.8);
    }
  });
});

describe('taking part from the headset menu', () => {
  const menu = (over: Parameters<typeof menuCard>[1]) => actions(menuCard([], over));
  const base = { page: 0, snapDegrees: 30, smooth: false, boothId: null };
  it('raises a hand, or lowers one that is up', () => {
    expect(menu({ ...base, role: 'none', hand: false })).toContainEqual({ do: 'hand', up: true });
    expect(menu({ ...base, role: 'follower', hand: true })).toContainEqual({ do: 'hand', up: false });
  });
  it('starts presenting for a visitor on their own, ends it for a presenter, neither for a follower', () => {
    expect(menu({ ...base, role: 'none' })).toContainEqual({ do: 'present', on: true });
    expect(menu({ ...base, role: 'presenter' })).toContainEqual({ do: 'present', on: false });
    expect(menu({ ...base, role: 'follower' }).some((a) => a.do === 'present')).toBe(false);
    expect(CARD_DISTANCE).toBeGreaterThan(1);
  });
});
