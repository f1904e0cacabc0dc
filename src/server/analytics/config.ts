/** Analytics settings from the environment: whether to collect, where the database lives, how long rows are kept. */
import { join, resolve } from 'node:path';

/** How analytics runs on this server. */
export interface AnalyticsConfig {
  /** False with EXPO_ANALYTICS=off: the page sends nothing and the server refuses events. */
  collect: boolean;
  /** The SQLite file, under EXPO_STATE_DIR (default .expo/), outside the served folder. */
  dbFile: string;
  /** Rows older than this many days are deleted (EXPO_ANALYTICS_DAYS, default 30). */
  retentionDays: number;
}

const OFF = new Set(['off', '0', 'false', 'no']);

/** Reads the settings; a retention that is not a positive number is an error naming the variable. */
export function analyticsConfig(env: NodeJS.ProcessEnv = process.env): AnalyticsConfig {
  const days = env.EXPO_ANALYTICS_DAYS === undefined || env.EXPO_ANALYTICS_DAYS === '' ? 30 : Number(env.EXPO_ANALYTICS_DAYS);
  if (!Number.isFinite(days) || days <= 0) throw new Error(`EXPO_ANALYTICS_DAYS must be a positive number of days, not "${env.EXPO_ANALYTICS_DAYS}"`);
  const stateDir = resolve(env.EXPO_STATE_DIR || '.expo');
  return {
    collect: !OFF.has((env.EXPO_ANALYTICS ?? '').trim().toLowerCase()),
    dbFile: join(stateDir, 'analytics.sqlite'),
    retentionDays: days,
  };
}
