/** Loads and validates a scene bundle from this origin. */
import { SceneBundle } from '../scene/bundle';

/** Fetches /generated/<scene>.json and checks it against the schema. */
export async function loadBundle(scene = 'hall'): Promise<SceneBundle> {
  const res = await fetch(`${import.meta.env.BASE_URL}generated/${encodeURIComponent(scene)}.json`);
  if (!res.ok) throw new Error(`scene "${scene}" could not be loaded (HTTP ${res.status}); run npm run scenes`);
  const r = SceneBundle.safeParse(await res.json());
  if (!r.success) throw new Error(`scene "${scene}" is not a valid bundle: ${r.error.issues[0]?.message}`);
  return r.data;
}
