export { badgeColour, light } from "./theme.js";
export type { Palette } from "./theme.js";
