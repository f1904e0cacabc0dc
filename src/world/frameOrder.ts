/**
 * The order of the work done each frame, as useFrame priorities: raw input first, then whatever
 * moves the visitor, then whatever reads where they are, so every reader sees this frame's pose,
 * not the last one's. Negative numbers: a positive priority would tell React Three Fiber to stop
 * rendering by itself.
 */
export const FRAME_ORDER = {
  /** Raw input polled each frame (a headset's controller buttons) turned into intents. */
  input: -50,
  /** Reading where a headset is this frame: the tracked head, the eyes drawn. */
  track: -40,
  /** Moving the visitor: the camera from keys, joystick, flights and walks; in a headset, the origin by arrival, jumps and walks. */
  move: -30,
  /** Throwing the teleport arc from the controller, from the origin just moved (letting go teleports). */
  aim: -20,
  /** Settling where the visitor ended up: the headset's origin object, the rig that follows the head, the fade. */
  settle: -10,
  /** Reading the pose: culling and level of detail, cards before the eyes, markers, the first-frame check. */
  read: 0,
} as const;
