import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTROLS_BEGIN, CONTROLS_END, withControls } from '../../../src/cli/controls';
import { bindingLabel, controlsMarkdown, intentForKey, walkKeyMap, KEYMAP, type KeyPress } from '../../../src/input/keymap';

const press = (key: string, code = '', more: Partial<KeyPress> = {}): KeyPress => ({ key, code, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...more });

describe('the key map', () => {
  it('walks with WASD by the key\'s place, whatever the layout types', () => {
    expect(intentForKey(press('z', 'KeyW'), ['screen'])).toBe('walkForward');
    expect(intentForKey(press('q', 'KeyA'), ['screen'])).toBe('walkLeft');
  });
  it('gives the arrows to walking, and to the tour while presenting', () => {
    expect(intentForKey(press('ArrowRight', 'ArrowRight'), ['screen'])).toBe('walkRight');
    expect(intentForKey(press('ArrowRight', 'ArrowRight'), ['follower', 'screen'])).toBe('walkRight');
    expect(intentForKey(press('ArrowRight', 'ArrowRight'), ['presenter', 'screen'])).toBe('nextStop');
    expect(intentForKey(press('ArrowUp', 'ArrowUp'), ['presenter', 'screen'])).toBe('prevStop');
  });
  it('reads Space and Shift+Space as next and previous while presenting, and clickers\' blank keys', () => {
    const modes = ['presenter', 'screen'] as const;
    expect(intentForKey(press(' ', 'Space'), modes)).toBe('nextStop');
    expect(intentForKey(press(' ', 'Space', { shiftKey: true }), modes)).toBe('prevStop');
    expect(intentForKey(press('B', 'KeyB', { shiftKey: true }), modes)).toBe('blank');
    expect(intentForKey(press('.', 'Period'), modes)).toBe('blank');
    expect(intentForKey(press('PageDown', 'PageDown'), modes)).toBe('nextStop');
  });
  it('reads shortcuts typed with Shift ("?") and leaves the browser\'s own (Ctrl, Alt, Meta) alone', () => {
    expect(intentForKey(press('?', 'Slash', { shiftKey: true }), ['screen'])).toBe('help');
    expect(intentForKey(press('O', 'KeyO', { shiftKey: true }), ['screen'])).toBe('overview');
    expect(intentForKey(press('o', 'KeyO', { ctrlKey: true }), ['screen'])).toBeNull();
    expect(intentForKey(press('x', 'KeyX'), ['screen'])).toBeNull();
  });
  it('gives drei\'s KeyboardControls the walking keys of the mode: the arrows walk, except while presenting', () => {
    const keys = (modes: Parameters<typeof walkKeyMap>[0]) => Object.fromEntries(walkKeyMap(modes).map((e) => [e.name, e.keys]));
    expect(keys(['screen'])).toEqual({ walkForward: ['KeyW', 'ArrowUp'], walkBack: ['KeyS', 'ArrowDown'], walkLeft: ['KeyA', 'ArrowLeft'], walkRight: ['KeyD', 'ArrowRight'], hurry: ['ShiftLeft', 'ShiftRight'] });
    expect(keys(['presenter', 'screen'])).toMatchObject({ walkForward: ['KeyW'], walkBack: ['KeyS'], walkLeft: ['KeyA'], walkRight: ['KeyD'] });
    expect(keys(['follower', 'screen']).walkLeft).toEqual(['KeyA', 'ArrowLeft']);
  });
  it('has no key meaning two things in the same mode', () => {
    const seen = new Map<string, string>();
    for (const [intent, bindings] of Object.entries(KEYMAP)) {
      for (const b of bindings) {
        const id = `${b.code ?? b.key?.toLowerCase()}|${b.shift ?? '*'}|${b.in?.join() ?? ''}`;
        expect(seen.get(id), `${id} is bound to ${seen.get(id)} and ${intent}`).toBeUndefined();
        seen.set(id, intent);
      }
    }
  });
  it('writes keys as people read them', () => {
    expect(bindingLabel({ code: 'KeyW' })).toBe('W');
    expect(bindingLabel({ key: ' ', shift: true })).toBe('Shift+Space');
    expect(bindingLabel({ code: 'ArrowLeft' })).toBe('←');
  });
});

describe('README\'s controls table', () => {
  it('is the one the key map generates (npm run docs:controls)', () => {
    const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
    expect(readme).toContain(CONTROLS_BEGIN);
    expect(readme).toContain(CONTROLS_END);
    expect(withControls(readme)).toBe(readme);
    expect(controlsMarkdown()).toMatch(/\| \*\*W\*\* \/ \*\*↑\*\* \| walk forward \|/);
  });
});
