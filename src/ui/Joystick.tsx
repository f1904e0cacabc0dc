/** A virtual joystick for touch screens: drag the knob to walk (forward/back, sideways). */
import { useRef, useState } from 'react';
import { dispatch } from '../input/dispatch';

const RADIUS = 48;

/** Shown only on coarse (touch) pointers. */
export function Joystick() {
  const [knob, setKnob] = useState<[number, number]>([0, 0]);
  const origin = useRef<[number, number] | null>(null);
  if (typeof matchMedia === 'function' && !matchMedia('(pointer: coarse)').matches) return null;
  const update = (x: number, y: number) => {
    const [ox, oy] = origin.current!;
    let dx = x - ox;
    let dy = y - oy;
    const len = Math.hypot(dx, dy);
    if (len > RADIUS) { dx *= RADIUS / len; dy *= RADIUS / len; }
    setKnob([dx, dy]);
    dispatch({ type: 'walk', forward: -dy / RADIUS, right: dx / RADIUS });
  };
  const end = () => { origin.current = null; setKnob([0, 0]); dispatch({ type: 'walk', forward: 0, right: 0 }); };
  return (
    <div
      className="joystick"
      data-testid="joystick"
      aria-hidden="true"
      onPointerDown={(e) => {
        const r = e.currentTarget.getBoundingClientRect();
        origin.current = [r.left + r.width / 2, r.top + r.height / 2];
        // Keep receiving moves when the finger leaves the ring (not possible for synthetic events).
        try { e.currentTarget.setPointerCapture(e.pointerId); } catch { /* no active pointer */ }
        update(e.clientX, e.clientY);
      }}
      onPointerMove={(e) => origin.current && update(e.clientX, e.clientY)}
      onPointerUp={end}
      onPointerCancel={end}
    >
      <div className="knob" style={{ transform: `translate(${knob[0]}px, ${knob[1]}px)` }} />
    </div>
  );
}
