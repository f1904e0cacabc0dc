import { describe, expect, it } from 'vitest';
import { districtName, shortRegion } from '../../../src/layout/regionName';

describe('region names', () => {
  it('drops the prefix of a district, and keeps other names whole', () => {
    expect(districtName('重庆市永川区')).toBe('永川区');
    expect(districtName('四川省')).toBe('四川省');
  });
  it('shortens provinces and cities for tight signs', () => {
    expect(shortRegion('四川省')).toBe('四川');
    expect(shortRegion('杭州市余杭区')).toBe('余杭区');
    expect(shortRegion('全国')).toBe('全国');
  });
});
