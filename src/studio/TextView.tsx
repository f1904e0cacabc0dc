/** The document's cleaned text with figures highlighted; a selection is reported as offsets into it. */
import { memo, useCallback } from 'react';

/** A highlighted span of the text. */
export interface Highlight { start: number; end: number; className: string }

/** Props of TextView. */
export interface TextViewProps {
  text: string;
  highlights: Highlight[];
  onSelect: (span: { start: number; end: number } | null) => void;
}

/** Offset in the text of a point in the view: each piece carries the offset it starts at. */
function offsetOf(node: Node | null, offset: number): number | null {
  const el = node?.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element | null);
  const at = el?.closest('[data-at]')?.getAttribute('data-at');
  return at === null || at === undefined ? null : Number(at) + (node?.nodeType === Node.TEXT_NODE ? offset : 0);
}

/** The text, cut into plain and highlighted pieces. */
export const TextView = memo(function TextView({ text, highlights, onSelect }: TextViewProps) {
  const sorted = [...highlights].sort((a, b) => a.start - b.start);
  const pieces: { at: number; text: string; className?: string }[] = [];
  let pos = 0;
  for (const h of sorted) {
    if (h.start < pos) continue;
    if (h.start > pos) pieces.push({ at: pos, text: text.slice(pos, h.start) });
    pieces.push({ at: h.start, text: text.slice(h.start, h.end), className: h.className });
    pos = h.end;
  }
  if (pos < text.length) pieces.push({ at: pos, text: text.slice(pos) });
  const onMouseUp = useCallback(() => {
    const s = window.getSelection();
    if (!s || s.isCollapsed || !s.rangeCount) return onSelect(null);
    const r = s.getRangeAt(0);
    const a = offsetOf(r.startContainer, r.startOffset);
    const b = offsetOf(r.endContainer, r.endOffset);
    onSelect(a !== null && b !== null && b > a ? { start: a, end: b } : null);
  }, [onSelect]);
  return (
    <div className="text-view" onMouseUp={onMouseUp} onKeyUp={onMouseUp} data-testid="document-text">
      {pieces.map((p) => p.className
        ? <mark key={p.at} data-at={p.at} className={p.className}>{p.text}</mark>
        : <span key={p.at} data-at={p.at}>{p.text}</span>)}
    </div>
  );
});
