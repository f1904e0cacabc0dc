/**
 * Which mode the page is in. Two layers: the device the visitor sees the hall on (a screen or a
 * headset) and the role they play on it (a presenter, a follower, an unattended kiosk playing its
 * tour), read from the store alone — never from the renderer — so input, dispatch and the guards
 * around the world agree.
 */
import type { ExpoState } from '../state/store';

/** Where the hall is seen. */
export type DeviceMode = 'screen' | 'xr';
/** Who drives, when someone other than the visitor does. */
export type RoleMode = 'presenter' | 'follower' | 'kiosk';
/** Every mode with a table of its own in dispatch. */
export type Mode = DeviceMode | RoleMode;

/** The device mode of a state. */
export function deviceOf(s: Pick<ExpoState, 'xr'>): DeviceMode {
  return s.xr.presenting ? 'xr' : 'screen';
}

/** The role mode of a state, or null for a visitor on their own. */
export function roleOf(s: Pick<ExpoState, 'present'>): RoleMode | null {
  const p = s.present;
  if (p.role !== 'none') return p.role;
  return p.kiosk === 'touring' ? 'kiosk' : null;
}

/** The modes in force, the role first (it decides before the device does). */
export function modesOf(s: Pick<ExpoState, 'xr' | 'present'>): Mode[] {
  const role = roleOf(s);
  return role ? [role, deviceOf(s)] : [deviceOf(s)];
}

/** A binding (a key, a button) that may hold only in some modes. */
export interface Scoped {
  in?: Mode[];
}

/**
 * The intent whose bindings match in `modes` (role first): a binding scoped to a mode in force wins
 * over an unscoped one. Shared by the key map and the controller-button map.
 */
export function boundIntent<T extends string, B extends Scoped>(entries: readonly [T, B[]][], modes: readonly Mode[], matches: (b: B) => boolean): T | null {
  for (const mode of modes) {
    const scoped = entries.find(([, bs]) => bs.some((b) => b.in?.includes(mode) && matches(b)));
    if (scoped) return scoped[0];
  }
  return entries.find(([, bs]) => bs.some((b) => !b.in && matches(b)))?.[0] ?? null;
}
