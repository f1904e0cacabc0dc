/**
 * A bar's buttons that move into a menu when they do not fit: the first ones stay beside the
 * title (the nav shares its parent's row with it), the rest open from a toggle button (a disclosure: aria-expanded, its items next in the
 * tab order, Escape or a choice closes it). The bar measures itself whenever its width or its
 * buttons change, before the browser paints, so no frame shows them overflowing.
 */
import { Children, useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { buttonsInBar } from './overflow';

/** Props of OverflowNav. */
export interface OverflowNavProps {
  /** The buttons, most needed first. */
  children: ReactNode;
  /** The title sharing the row, kept whole when it can be (an inline element: its width is its text's). */
  title: RefObject<HTMLElement | null>;
  /** The toggle's accessible name. */
  label: string;
  /** Anything that changes a button's width (language, a label that toggles). */
  watch: unknown;
}

/** Inner width of an element (its content box). */
function innerWidth(el: HTMLElement): number {
  const cs = getComputedStyle(el);
  return el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
}

/** The buttons that fit, then a toggle for a menu holding the rest. */
export function OverflowNav({ children, title, label, watch }: OverflowNavProps) {
  const items = Children.toArray(children);
  // null while measuring: every button is laid out in the bar so each can be measured.
  const [fit, setFit] = useState<number | null>(null);
  const [open, setOpen] = useState(false);
  const nav = useRef<HTMLElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const width = useRef(0);
  // Each pass lays every button out in the bar and measures them. The first passes may find
  // the title's ref not yet set (React sets a parent's refs after its children's layout effects);
  // the observer's first report, which always comes, then asks for another.
  const [pass, setPass] = useState(0);
  const remeasure = () => { setFit(null); setOpen(false); setPass((n) => n + 1); };
  useLayoutEffect(remeasure, [items.length, watch]);
  useLayoutEffect(() => {
    const row = nav.current?.parentElement;
    if (fit !== null || !nav.current || !row || !title.current) return;
    const buttons = [...nav.current.children].filter((el): el is HTMLElement => el instanceof HTMLElement && el !== toggle.current);
    const gap = parseFloat(getComputedStyle(nav.current).columnGap) || 0;
    width.current = row.clientWidth;
    setFit(buttonsInBar({
      row: innerWidth(row), title: title.current.getBoundingClientRect().width, gap,
      buttons: buttons.map((b) => b.getBoundingClientRect().width), toggle: toggle.current?.getBoundingClientRect().width ?? 0,
    }));
  }, [fit, pass, title]);
  // Again when the bar's width changes (a phone turned, a window resized).
  useEffect(() => {
    const row = nav.current?.parentElement;
    if (!row) return;
    const observer = new ResizeObserver(() => { if (row.clientWidth !== width.current) remeasure(); });
    observer.observe(row);
    return () => observer.disconnect();
  }, []);
  // A click anywhere else closes the menu.
  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => { if (!nav.current?.contains(e.target as Node)) setOpen(false); };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);
  const shown = fit ?? items.length;
  const rest = items.slice(shown);
  const menuNeeded = fit === null || rest.length > 0;
  return (
    <nav ref={nav} onKeyDown={(e) => { if (e.key === 'Escape' && open) { setOpen(false); toggle.current?.focus(); } }}>
      {items.slice(0, shown)}
      {menuNeeded && (
        <button ref={toggle} type="button" className="menu-toggle" data-testid="bar-menu" aria-label={label} aria-expanded={open} aria-controls={menuId}
          onClick={() => setOpen((o) => !o)}>☰</button>
      )}
      {open && rest.length > 0 && (
        // A choice closes the menu once its button has done its work (the click bubbles here after).
        <div id={menuId} className="bar-menu" role="group" aria-label={label} onClick={() => setOpen(false)}>{rest}</div>
      )}
    </nav>
  );
}
