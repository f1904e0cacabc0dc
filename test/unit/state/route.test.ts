import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute } from '../../../src/state/route';

describe('deep links', () => {
  it('reads and writes booth and clause locations', () => {
    expect(parseRoute('#/booth/sichuan/clause/4')).toEqual({ boothId: 'sichuan', clause: 4 });
    expect(parseRoute('#/booth/hangzhou-yuhang')).toEqual({ boothId: 'hangzhou-yuhang', clause: null });
    expect(parseRoute('#/nowhere')).toBeNull();
    expect(formatRoute('sichuan', 4)).toBe('#/booth/sichuan/clause/4');
    expect(parseRoute(formatRoute('a b', 0))).toEqual({ boothId: 'a b', clause: 0 });
  });
});
