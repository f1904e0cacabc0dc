import { describe, expect, it } from 'vitest';
import { deviceClass } from '../../../src/analytics/device';

describe('deviceClass', () => {
  it('reads the class from XR, pointer and screen size only', () => {
    expect(deviceClass({ xr: true, coarse: true, shortSide: 1800 })).toBe('headset');
    expect(deviceClass({ xr: false, coarse: false, shortSide: 1080 })).toBe('desktop');
    expect(deviceClass({ xr: false, coarse: true, shortSide: 390 })).toBe('phone');
    expect(deviceClass({ xr: false, coarse: true, shortSide: 820 })).toBe('tablet');
  });
});
