import { describe, expect, it } from 'vitest';
import { hexToRgb, luminance, mixChannel } from '../src/utils/color.js';
import { textColorOn } from '../src/theme.js';

describe('colour helpers', () => {
  it('parses short and long hex', () => {
    expect(hexToRgb('#0af')).toEqual({ r: 0, g: 170, b: 255 });
    expect(hexToRgb('FF8000')).toEqual({ r: 255, g: 128, b: 0 });
  });

  it('rejects garbage', () => {
    expect(() => hexToRgb('#12')).toThrow(SyntaxError);
  });

  it('computes luminance', () => {
    expect(luminance({ r: 255, g: 255, b: 255 })).toBe(1);
    expect(luminance({ r: 0, g: 0, b: 0 })).toBe(0);
  });

  it('mixes channels', () => {
    expect(mixChannel(0, 255, 0.5)).toBe(128);
    expect(mixChannel(10, 20, 3)).toBe(20);
  });

  it('picks readable text', () => {
    expect(textColorOn('#ffeb3b')).toBe('#000000');
    expect(textColorOn('#1a237e')).toBe('#ffffff');
  });
});
