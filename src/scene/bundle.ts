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

const Vec3 = z.tuple([z.number(), z.number(), z.number()]);

/**
 * One stop of an authored tour (scenes/tours/*.yaml). A stop names a booth, optionally one of its
 * clauses (numbered as in the #/booth/<id>/clause/<n> address) or figures (target id or metric),
 * or one of the hall's places; a camera pose overrides where the audience stands.
 */
export const TourStopDefinition = z.object({
  booth: z.string().min(1).optional(),
  clause: z.number().int().min(0).optional(),
  figure: z.union([z.string().min(1), z.number().int().positive()]).transform(String).optional(),
  place: z.enum(['entrance', 'plaza', 'overview']).optional(),
  /** Booth-local when the stop names a booth (x to the right, z out of its front, metres), else hall coordinates. */
  camera: z.object({ position: Vec3, target: Vec3 }).strict().optional(),
  title: z.string().max(120).optional(),
  /** Talking points: one string or a list. */
  notes: z.union([z.string(), z.array(z.string())]).default([]).transform((n) => (typeof n === 'string' ? n.split('\n').map((l) => l.trim()).filter(Boolean) : n)),
  /** Seconds the stop lasts when the tour plays by itself (kiosk). */
  duration: z.number().positive().max(3600).default(20),
}).strict().refine((s) => s.booth || s.place || s.camera, { message: 'a stop needs a booth, a place (entrance, plaza, overview) or a camera pose' })
  .refine((s) => !(s.clause !== undefined && s.figure), { message: 'a stop shows a clause or a figure, not both' })
  .refine((s) => s.booth || (s.clause === undefined && !s.figure), { message: 'a clause or figure needs its booth' });
export type TourStopDefinition = z.infer<typeof TourStopDefinition>;

/** A scenes/tours/<id>.yaml file. */
export const TourDefinition = z.object({
  title: z.string().min(1).max(120),
  /** The scene it tours (default: every scene whose booths it names). */
  scene: z.string().optional(),
  stops: z.array(TourStopDefinition).min(1),
}).strict();
export type TourDefinition = z.infer<typeof TourDefinition>;

/** An authored tour as shipped in a bundle: checked against the scene's booths at build time. */
export const BundleTour = z.object({ id: z.string(), title: z.string(), stops: z.array(TourStopDefinition) });
export type BundleTour = z.infer<typeof BundleTour>;

/** A problem with one input file, shown to the official who dropped it in. */
export const BundleProblem = z.object({ file: z.string(), severity: z.enum(['error', 'warning']), message: z.string() });

/**
 * Glyph distance fields built with the bundle (src/cli/glyphFields.ts): `file` holds one field of
 * size × size bytes per glyph, in the order of `glyphs`, which lists per glyph its id in the font
 * and its box in font units (x0, y0, x1, y1): five numbers a glyph.
 */
export const GlyphFieldIndex = z.object({
  file: z.string(),
  size: z.number().int().positive(),
  margin: z.number().nonnegative(),
  exponent: z.number().positive(),
  glyphs: z.array(z.number()).refine((g) => g.length % 5 === 0, 'five numbers a glyph'),
});
/** Index of the prebuilt glyph fields. */
export type GlyphFieldIndex = z.infer<typeof GlyphFieldIndex>;

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
  /** Authored tours (scenes/tours/*.yaml); a default tour is generated at run time for every scene. */
  tours: z.array(BundleTour).default([]),
  /** The font subset written beside the bundle, the characters it covers and its prebuilt glyph fields. */
  font: z.object({ file: z.string(), chars: z.string(), fields: GlyphFieldIndex.optional() }).optional(),
});
export type SceneBundle = z.infer<typeof SceneBundle>;
