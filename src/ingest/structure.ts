/**
 * Structure: a plan's paragraphs → sections → groups → clauses.
 * The clause level is the deepest heading level the plan uses below its sections: numbered
 * items (1.) where a plan has them, （一） items where those are its leaves, none in a Q&A.
 */
import type { Clause, Group, Section, Source } from '../plan/schema';
import type { Para } from './segment';

/** Maps a cleaned-text range to its raw source span. */
export type SpanFn = (start: number, end: number) => Source;

/** Splits "强化组织领导。强化各部门…" into its lead sentence and the rest. */
export function splitLead(body: string): { lead: string; rest: string } {
  const m = /^(.{1,80}?[。！？!?])(.*)$/s.exec(body);
  if (m && m[2].trim()) return { lead: m[1], rest: m[2].trim() };
  if (m) return { lead: m[1], rest: '' };
  return { lead: body, rest: '' };
}

const UNITS_RE = /[（(]\s*(?:责任单位|牵头单位|责任部门)\s*[:：]\s*([^）)]+)[）)]\s*/g;

/** Pulls （责任单位：…） out of clause text. */
export function extractUnits(text: string): { text: string; units: string[] } {
  // Most clauses name no units: the words the pattern needs are looked for first.
  if (!text.includes('责任') && !text.includes('牵头单位')) return { text: text.trim(), units: [] };
  const units: string[] = [];
  const out = text.replace(UNITS_RE, (_, list: string) => {
    for (const u of list.split(/[、，,；;]/)) if (u.trim()) units.push(u.trim());
    return '';
  });
  return { text: out.trim(), units: [...new Set(units)] };
}

const SAFEGUARDS = /保障|组织实施|实施保障/;

interface Open {
  section?: Section & { _start: number; _end: number };
  group?: Group & { _start: number; _end: number };
  clause?: Clause & { _start: number; _end: number; _paras: string[] };
}

/** Builds the section tree of a plan body. Returns the preamble too (text before the first section). */
export function buildSections(paras: Para[], span: SpanFn): { preamble: string; sections: Section[] } {
  const levels = new Set(paras.map((p) => p.level).filter((l) => l === 2 || l === 3));
  const clauseLevel = levels.has(3) ? 3 : levels.has(2) ? 2 : 0;
  const preamble: string[] = [];
  const sections: Section[] = [];
  const o: Open = {};

  const closeClause = () => {
    const c = o.clause;
    if (!c || !o.section) return;
    const { text, units } = extractUnits([c.text, ...c._paras].filter(Boolean).join('\n'));
    o.section.clauses.push({
      number: c.number, lead: c.lead, text, units, themes: [], group: c.group, source: span(c._start, c._end),
    });
    o.clause = undefined;
  };
  const closeGroup = () => {
    closeClause();
    const g = o.group;
    if (g && o.section) o.section.groups.push({ number: g.number, title: g.title, text: g.text.trim(), source: span(g._start, g._end) });
    o.group = undefined;
  };
  const closeSection = () => {
    closeGroup();
    const s = o.section;
    if (s) {
      const { _start, _end, ...rest } = s;
      sections.push({ ...rest, text: rest.text.trim(), source: span(_start, _end) });
    }
    o.section = undefined;
  };

  for (const p of paras) {
    if (p.level === 1) {
      closeSection();
      const { lead, rest } = splitLead(p.body!);
      const title = lead.replace(/[。]$/, '');
      o.section = {
        number: p.number!, title, text: rest, groups: [], clauses: [], safeguards: SAFEGUARDS.test(title),
        source: span(p.start, p.end), _start: p.start, _end: p.end,
      };
      continue;
    }
    if (!o.section) {
      preamble.push(p.text);
      continue;
    }
    o.section._end = p.end;
    if (p.level && p.level === clauseLevel) {
      closeClause();
      const { lead, rest } = splitLead(p.body!);
      o.clause = {
        number: p.number!, lead, text: rest, units: [], themes: [], group: clauseLevel === 3 ? o.group?.number : undefined,
        source: span(p.start, p.end), _start: p.start, _end: p.end, _paras: [],
      };
      if (o.group) o.group._end = p.end;
      continue;
    }
    if (p.level === 2 && clauseLevel === 3) {
      closeGroup();
      const { lead, rest } = splitLead(p.body!);
      o.group = { number: p.number!, title: lead.replace(/[。]$/, ''), text: rest, source: span(p.start, p.end), _start: p.start, _end: p.end };
      continue;
    }
    // Plain paragraph (or a deeper item): belongs to whatever is open.
    if (o.clause) {
      o.clause._paras.push(p.text);
      o.clause._end = p.end;
      if (o.group) o.group._end = p.end;
    } else if (o.group) {
      o.group.text += (o.group.text ? '\n' : '') + p.text;
      o.group._end = p.end;
    } else o.section.text += (o.section.text ? '\n' : '') + p.text;
  }
  closeSection();
  return { preamble: preamble.join('\n'), sections };
}
