import { hexToRgb, luminance } from './utils/color.js';

/** Black or white text, whichever reads better on `background`. */
export function textColorOn(background: string): '#000000' | '#ffffff' {
  return luminance(hexToRgb(background)) > 0.179 ? '#000000' : '#ffffff';
}
