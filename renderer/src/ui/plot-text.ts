/**
 * Text in the plain-SVG charts (ui/LinePlot, ui/RadarPlot): its size, and the width estimate that keeps
 * labels apart and inside the viewBox without measuring anything in the page.
 */

/** Labels and ticks, in viewBox units. */
export const PLOT_FONT_SIZE = 12;

/**
 * A generous average glyph width, in em, for the interface font: an estimated box is wider than the text
 * it holds, so a label that fits by the estimate is never clipped.
 */
const CHAR_WIDTH_EM = 0.6;

/** Estimated width, in viewBox units, of `chars` characters at `fontSize`. */
export function textWidth(chars: number, fontSize = PLOT_FONT_SIZE): number {
  return chars * fontSize * CHAR_WIDTH_EM;
}
