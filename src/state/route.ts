/**
 * Deep links: #/booth/<id> and #/booth/<id>/clause/<n> (n counts from 0, as in openClause).
 * The URL always says where the visitor is; opening one takes them there.
 */

/** A parsed location. */
export interface Route {
  boothId: string;
  clause: number | null;
}

/** Reads a hash such as "#/booth/sichuan/clause/4". */
export function parseRoute(hash: string): Route | null {
  const m = /^#\/booth\/([^/]+)(?:\/clause\/(\d+))?\/?$/.exec(hash);
  return m ? { boothId: decodeURIComponent(m[1]), clause: m[2] === undefined ? null : Number(m[2]) } : null;
}

/** The hash for a place. */
export function formatRoute(boothId: string, clause: number | null): string {
  return `#/booth/${encodeURIComponent(boothId)}${clause === null ? '' : `/clause/${clause}`}`;
}

/** Puts the place in the URL without adding a history entry per step. */
export function writeRoute(boothId: string, clause: number | null): void {
  const hash = formatRoute(boothId, clause);
  if (location.hash !== hash) history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
}
