/** Grid coordinates for the floor-plan editor. */
export interface Cell {
  row: number;
  col: number;
}

/** The cell under a point, for cells of `size` pixels. */
export function cellAt(x: number, y: number, size = 32): Cell {
  return { row: Math.floor(y / size), col: Math.floor(x / size) };
}
