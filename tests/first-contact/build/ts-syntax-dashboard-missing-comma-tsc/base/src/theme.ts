/** Colour tokens shared by the dashboard widgets. */
export interface Palette {
  primary: string;
  danger: string;
  muted: string;
}

export const light: Palette = {
  primary: "#0b5fff",
  danger: "#d93025",
  muted: "#5f6368",
};

/** Picks the colour for a status badge. */
export function badgeColour(palette: Palette, status: "ok" | "failed" | "skipped"): string {
  switch (status) {
    case "ok":
      return palette.primary;
    case "failed":
      return palette.danger;
    default:
      return palette.muted;
  }
}
