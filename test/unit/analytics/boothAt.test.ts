import { describe, expect, it } from 'vitest';
import { boothAt } from '../../../src/analytics/boothAt';
import type { BoothPlacement } from '../../../src/layout';

// Two booths facing each other across a 4 m aisle: south row faces north (-1), north row faces south (+1).
const north: BoothPlacement = { id: 'north', level: 'city', size: 'full', number: 'C01', facing: 1, x: 0, z: -10, width: 8, depth: 6, slot: { x: 0, z: -10, width: 8, depth: 6 } };
const south: BoothPlacement = { id: 'south', level: 'city', size: 'full', number: 'C02', facing: -1, x: 0, z: 0, width: 8, depth: 6, slot: { x: 0, z: 0, width: 8, depth: 6 } };
const booths = [north, south];

describe('boothAt', () => {
  it('finds the booth whose carpet or front strip the visitor stands on', () => {
    expect(boothAt(booths, 1, -10)).toBe('north');
    expect(boothAt(booths, 1, -6.5)).toBe('north'); // 0.5 m out of its front, 3.5 m from the other's
    expect(boothAt(booths, 1, 1)).toBe('south');
    expect(boothAt(booths, 20, -5)).toBeNull();
    expect(boothAt(booths, 0, 8)).toBeNull(); // behind the south booth's back wall, beyond its carpet
  });
  it('gives a point in front of both to the booth the visitor went to', () => {
    expect(boothAt(booths, 0, -5.5, 'south')).toBe('south');
    expect(boothAt(booths, 0, -5.5, 'north')).toBe('north');
    expect(boothAt(booths, 0, -5.5)).toBe('north');
  });
});
