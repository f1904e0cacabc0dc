/** The Reach page's address: #/studio/reach (a hash, so the static server needs no route for it). */
export const REACH_HASH = '#/studio/reach';

/** True when `hash` opens the Reach page. */
export const isReachRoute = (hash: string): boolean => hash === REACH_HASH || hash.startsWith(`${REACH_HASH}/`) || hash.startsWith(`${REACH_HASH}?`);
