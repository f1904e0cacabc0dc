/** The scene bundle: what `npm run scenes` writes and the app loads (pure data, no three.js). */
import { z } from 'zod';
import { Plan } from '../plan/schema';

/** A scenes/<name>.yaml definition. */
export const SceneDefinition = z.object({
  title: z.string().default('Policy Expo'),
  titleEn: z.string().optional(),
  seeds: z.array(z.string()).min(1).default(['seeds']),
});
export type SceneDefinition = z.infer<typeof SceneDefinition>;

/** A problem with one input file, shown to the official who dropped it in. */
export const BundleProblem = z.object({ file: z.string(), severity: z.enum(['error', 'warning']), message: z.string() });

/** Everything the app needs to show one hall. */
export const SceneBundle = z.object({
  bundleVersion: z.literal(1),
  scene: z.string(),
  title: z.string(),
  titleEn: z.string().optional(),
  plans: z.array(Plan),
  problems: z.array(BundleProblem),
  /** Labels of the themes the plans were tagged with (the vocabulary, including seeds/vocabulary.yaml). */
  themes: z.record(z.string(), z.object({ zh: z.string(), en: z.string() })).default({}),
  /** The font subset written beside the bundle, and the characters it covers. */
  font: z.object({ file: z.string(), chars: z.string() }).optional(),
});
export type SceneBundle = z.infer<typeof SceneBundle>;
