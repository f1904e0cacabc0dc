/** Tells the camera framing (src/state/screen.ts) how much of the screen's top (the bar) or bottom (the reader's sheet) an element covers. */
import { useEffect, type RefObject } from 'react';
import { setCoveredTop, setReaderSheet } from '../state/screen';

/** Reports the bottom edge of `ref`'s element whenever its size changes, and 0 once it is gone. */
export function useCoveredTop(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const report = () => setCoveredTop(el.getBoundingClientRect().bottom);
    report();
    const observer = new ResizeObserver(report);
    observer.observe(el);
    return () => { observer.disconnect(); setCoveredTop(0); };
  }, [ref]);
}

/**
 * Reports how much of the screen's bottom `ref`'s element covers when it lies across the bottom
 * as a sheet (a narrow screen's reader), 0 when it stands at the side, so views are framed above it.
 */
export function useCoveredBottom(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const report = () => {
      const r = el.getBoundingClientRect();
      setReaderSheet(r.width >= innerWidth * 0.8 ? Math.max(0, innerHeight - r.top) : 0);
    };
    report();
    const observer = new ResizeObserver(report);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
}
