import { describe, expect, it } from 'vitest';
import { extentOf } from './extent';

describe('extentOf', () => {
  it('reads the fewest characters, the characters and the literal every match holds', () => {
    expect(extentOf(/(?<![a-z])da2-[a-z0-9]{26}(?![a-z0-9])/)).toEqual({ min: 30, chars: new Set('da2-bcefghijklmnopqrstuvwxyz013456789'), literal: 'da2-' });
    expect(extentOf(/(?:(?<=bot)|(?<![A-Za-z]))([0-9]{8,10}:AA[A-Za-z]{33})/).literal).toBe(':AA');
    expect(extentOf(/^(?:[a-f0-9]{36}|eu01xx[a-f0-9]{30})NRAL$/).literal).toBe('NRAL');
  });

  it('knows no literal where a match may lack it: alternatives, optional parts, any case', () => {
    expect(extentOf(/abc|abd/).literal).toBe('');
    expect(extentOf(/ab(?:cd)?efg/).literal).toBe('efg');
    expect(extentOf(/ab?c/).literal).toBe('a');
    expect(extentOf(/key-[a-f0-9]{32}/i).literal).toBe('');
    expect(extentOf(/x+y/).literal).toBe('x');
  });

  it('answers "any character" for syntax it does not read', () => {
    expect(extentOf(/(a)\1/)).toEqual({ min: 0, chars: null, literal: '' });
    expect(extentOf(/a.b/).chars).toBeNull();
  });
});
