import { describe, expect, it } from 'vitest';
import { dropRepeats, markerOf, segment } from '../../../src/ingest/segment';
import { buildSections, extractUnits, splitLead } from '../../../src/ingest/structure';

const span = (start: number, end: number) => ({ seed: 't', start, end });

describe('segment', () => {
  it('recognises the four heading levels and Q&A headings', () => {
    expect(markerOf('一、总体要求')).toMatchObject({ level: 1, number: '一' });
    expect(markerOf('(三)强化人才支撑')).toMatchObject({ level: 2, number: '三' });
    expect(markerOf('（十二）加强保障')).toMatchObject({ level: 2, number: '十二' });
    expect(markerOf('12. 提升服务能力。')).toMatchObject({ level: 3, number: '12' });
    expect(markerOf('(2)细则')).toMatchObject({ level: 4, number: '2' });
    expect(markerOf('三、《行动计划》主要内容是什么?')).toMatchObject({ level: 1, number: '三' });
    expect(markerOf('1.5亿元的规模')).toBeUndefined();
    expect(markerOf('2025年目标')).toBeUndefined();
  });
  it('splits an item the page ran into the previous one, only when it continues the sequence', () => {
    const paras = segment('8.数字孪生建设工程。内容。9.数字人应用拓展工程。内容二。\n9.数字人应用拓展工程。内容二。\n10.丙工程。见第3.1节。');
    expect(paras.map((p) => p.number)).toEqual(['8', '9', '9', '10']);
    const { paras: kept, repeats } = dropRepeats(paras);
    expect(kept.map((p) => p.number)).toEqual(['8', '9', '10']);
    expect(repeats).toHaveLength(1);
  });
  it('splits a run-in group heading too', () => {
    const paras = segment('(三)第三组\n11.某工程。内容。(四)第四组,激发活力。\n12.下一条。');
    expect(paras.map((p) => `${p.level}:${p.number}`)).toEqual(['2:三', '3:11', '2:四', '3:12']);
  });
});

describe('structure', () => {
  it('splits lead sentence and body', () => {
    expect(splitLead('强化组织领导。强化各部门合力。')).toEqual({ lead: '强化组织领导。', rest: '强化各部门合力。' });
    expect(splitLead('发展思路')).toEqual({ lead: '发展思路', rest: '' });
  });
  it('pulls responsible units out of clause text', () => {
    expect(extractUnits('做好工作。(责任单位:市工信局、市科技局)')).toEqual({ text: '做好工作。', units: ['市工信局', '市科技局'] });
  });
  it('uses the deepest level as clauses: numbered items under groups', () => {
    const text = '前言。\n一、总体要求\n(一)发展思路\n思路内容。\n二、重点任务\n(一)第一组\n1.甲。甲内容。\n2.乙。乙内容。\n(二)第二组\n3.丙。丙内容。\n三、保障措施\n(一)加强组织。内容。\n(二)加大支持。内容。';
    const { preamble, sections } = buildSections(segment(text), span);
    expect(preamble).toBe('前言。');
    expect(sections.map((s) => s.clauses.length)).toEqual([0, 3, 0]);
    expect(sections[1].groups.map((g) => g.title)).toEqual(['第一组', '第二组']);
    expect(sections[1].clauses[2]).toMatchObject({ number: '3', lead: '丙。', text: '丙内容。', group: '二' });
    expect(sections[2]).toMatchObject({ safeguards: true });
    expect(sections[2].groups).toHaveLength(2);
  });
  it('uses （一） items as clauses when they are the leaves', () => {
    const { sections } = buildSections(segment('一、已做工作\n(一)甲。内容。\n(二)乙。内容。\n二、下一步\n(一)丙。内容。'), span);
    expect(sections.map((s) => s.clauses.map((c) => c.number))).toEqual([['一', '二'], ['一']]);
  });
  it('has no clauses in a Q&A interpretation', () => {
    const { sections } = buildSections(segment('一、背景是什么?\n回答一。一是甲。二是乙。\n二、目标是什么?\n回答二。'), span);
    expect(sections.map((s) => [s.title, s.clauses.length])).toEqual([['背景是什么?', 0], ['目标是什么?', 0]]);
    expect(sections[0].text).toBe('回答一。一是甲。二是乙。');
  });
});
