/**
 * One way in: dispatch(intent) carries out what an input means in the modes in force. Each mode
 * has a table over every intent (src/input/deviceTables.ts, roleTables.ts), which the compiler
 * holds total: a new intent does not compile until every mode says what it does with it. A role
 * (presenter, follower, kiosk) decides first and may pass an intent on to the device's table
 * (screen, headset); a device may refuse it.
 */
import { useExpo } from '../state/store';
import { DEVICE_TABLES, type DeviceTable, type Handler } from './deviceTables';
import type { Intent, IntentType } from './intents';
import { modesOf, type DeviceMode, type Mode, type RoleMode } from './modes';
import { ROLE_TABLES, type RoleTable } from './roleTables';

export type { DeviceTable, Handler, RoleTable };

/** Every mode's table. */
export const TABLES: { [M in DeviceMode]: DeviceTable } & { [M in RoleMode]: RoleTable } = { ...DEVICE_TABLES, ...ROLE_TABLES };

/** Carries out `intent` in `modes` (role first, then device); false when it was refused. */
export function dispatchIn(modes: readonly Mode[], intent: Intent): boolean {
  for (const mode of modes) {
    const entry = TABLES[mode][intent.type] as Handler<IntentType, void | 'pass'> | 'refuse' | 'pass';
    if (entry === 'refuse') return false;
    if (entry === 'pass') continue;
    if (entry(intent as never) !== 'pass') return true;
  }
  return false;
}

/** Carries out `intent` in the modes the page is in now; false when it was refused. */
export function dispatch(intent: Intent): boolean {
  return dispatchIn(modesOf(useExpo.getState()), intent);
}
