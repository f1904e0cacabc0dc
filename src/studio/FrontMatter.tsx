/** The detected front matter of a document, each field correctable (saved as the overlay's value). */
import { useEffect, useState } from 'react';
import type { MetaOverlay } from '../ingest/meta';
import type { Plan } from '../plan/schema';

/** Props of FrontMatter. */
export interface FrontMatterProps { plan: Plan | null; meta: MetaOverlay; onChange: (m: MetaOverlay) => void }

const LEVELS = ['national', 'province', 'city', 'district'] as const;

/** Title, region, level, period, issuers, date. */
export function FrontMatter({ plan, meta, onChange }: FrontMatterProps) {
  const read = () => ({
    title: plan?.title ?? '', region: plan?.region ?? '', level: plan?.level ?? 'city',
    period: plan?.period?.join('–') ?? '', issuers: plan?.issuers.join('、') ?? '', published: plan?.published ?? '',
  });
  const [f, setF] = useState(read);
  useEffect(() => setF(read()), [plan]); // eslint-disable-line react-hooks/exhaustive-deps
  const save = () => {
    const period = /^(\d{4})\D+(\d{4})$/.exec(f.period);
    onChange({
      ...meta, title: f.title || undefined, region: f.region || undefined, level: f.level,
      period: period ? [Number(period[1]), Number(period[2])] : meta.period,
      issuers: f.issuers ? f.issuers.split(/[、,，;；]\s*/).filter(Boolean) : meta.issuers,
      published: /^\d{4}(-\d{2}(-\d{2})?)?$/.test(f.published) ? f.published : meta.published,
    });
  };
  const input = (k: 'title' | 'region' | 'period' | 'issuers' | 'published', label: string) => (
    <label className={`fm-${k}`}>{label}<input value={f[k]} onChange={(e) => setF({ ...f, [k]: e.target.value })} onBlur={save} onKeyDown={(e) => { if (e.key === 'Enter') save(); }} /></label>
  );
  return (
    <form className="front-matter" aria-label="Front matter" onSubmit={(e) => { e.preventDefault(); save(); }}>
      {input('title', 'Title 标题')}
      {input('region', 'Region 地区')}
      <label>Level 级别<select value={f.level} onChange={(e) => { const level = e.target.value as typeof LEVELS[number]; setF({ ...f, level }); onChange({ ...meta, level }); }}>
        {LEVELS.map((l) => <option key={l}>{l}</option>)}</select></label>
      {input('period', 'Period 期限')}
      {input('issuers', 'Issuers 发文机关')}
      {input('published', 'Date 日期')}
    </form>
  );
}
