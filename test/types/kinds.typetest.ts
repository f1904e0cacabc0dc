/**
 * Type tests, checked by `tsc --noEmit -p .` (never run): the tables of kinds are total, so a new
 * kind without an entry fails to compile. Each `@ts-expect-error` below is an error tsc must find;
 * were a table loosened (Partial, an index signature, a default branch), tsc would report the
 * directive unused and fail.
 */
import type { CardAction } from '../../src/layout';
import { FIGURE_BUILDERS, type FigureBuilder, type FigureKind } from '../../src/layout/figures';
import { CARD_ACTIONS, type CardHandler } from '../../src/input/cardActions';
import { TABLES, type DeviceTable, type RoleTable } from '../../src/input/dispatch';
import type { IntentType } from '../../src/input/intents';
import { KEYMAP, type Binding } from '../../src/input/keymap';
import { PICKS, type PickKind, type PickReader } from '../../src/input/picks';
import { STOP_VISITS, type StopKind, type StopVisit } from '../../src/present/stopVisits';

// The tables are exactly what they claim: one entry per kind today.
export const figures: Record<FigureKind, FigureBuilder> = FIGURE_BUILDERS;
export const keys: Record<IntentType, Binding[]> = KEYMAP;

// A figure kind added to the union ('pie') with no builder.
// @ts-expect-error the table lacks 'pie'
export const newFigure: Record<FigureKind | 'pie', FigureBuilder> = FIGURE_BUILDERS;

// A pick kind ('hotspot') with no reader.
// @ts-expect-error the table lacks 'hotspot'
export const newPick: { [K in PickKind | 'hotspot']: K extends PickKind ? PickReader<K> : unknown } = PICKS;

// An intent ('jump') that no mode decides, and that the key map leaves out.
type WithJump = { [T in IntentType | 'jump']: unknown };
// @ts-expect-error the screen's table lacks 'jump'
export const newIntentOnScreen: WithJump = TABLES.screen satisfies DeviceTable;
// @ts-expect-error the follower's table lacks 'jump'
export const newIntentFollowing: WithJump = TABLES.follower satisfies RoleTable;
// @ts-expect-error the key map lacks 'jump'
export const newKey: Record<IntentType | 'jump', Binding[]> = KEYMAP;

// A headset card button ('recenter') that does nothing.
// @ts-expect-error the table lacks 'recenter'
export const newCard: Record<CardAction['do'] | 'recenter', CardHandler> = CARD_ACTIONS;

// A tour stop kind ('video') that visitStop cannot visit.
// @ts-expect-error the table lacks 'video'
export const newStop: Record<StopKind | 'video', StopVisit> = STOP_VISITS;
