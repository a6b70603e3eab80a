/** Colour tokens shared by the dashboard widgets. */
export interface Palette {
  primary: string;
  danger: string;
  warning: string;
  muted: string;
}

export const light: Palette = {
  primary: "#0b5fff",
  danger: "#d93025"
  warning: "#f9ab00",
  muted: "#5f6368",
};

/** Picks the colour for a status badge. */
export function badgeColour(palette: Palette, status: "ok" | "failed" | "flaky" | "skipped"): string {
  switch (status) {
    case "ok":
      return palette.primary;
    case "failed":
      return palette.danger;
    case "flaky":
      return palette.warning;
    default:
      return palette.muted;
  }
}
