/** Grid coordinates for the floor-plan editor. */
export interface Cell {
  row: number;
  col: number;
}

/** The cell under a point, for cells of `size` pixels (20 px by default since the zoom change). */
export function cellAt(x: number, y: number, size = 20): Cell {
  return { row: Math.floor(y / size), col: Math.floor(x / size) };
}
