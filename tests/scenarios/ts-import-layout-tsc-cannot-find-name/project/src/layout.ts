/** Positions a tooltip inside a viewport. */
import { clamp } from "./numeric";

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Places a box of the given size centred on (x, y) but fully inside the viewport. */
export function place(x: number, y: number, width: number, height: number, viewport: Box): Box {
  return {
    x: clamp(x - width / 2, viewport.x, viewport.x + viewport.width - width),
    y: clamp(y - height / 2, viewport.y, viewport.y + viewport.height - height),
    width,
    height,
  };
}
