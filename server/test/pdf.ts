/**
 * pdffonts rows: every font must be embedded (column "emb"). Chromium (Skia) embeds
 * the CFF-flavoured Noto CJK faces as Type 3 glyph programs with a ToUnicode map, so
 * the CJK check is that the Chinese text is extracted from those embedded glyphs.
 */
export function embeddedFonts(pdffonts: string): { name: string; type: string; embedded: boolean }[] {
  return pdffonts.split('\n').slice(2).filter((line) => line.trim()).map((line) => {
    const cols = line.trim().split(/\s+/);
    return { name: cols[0]!, type: cols.slice(1, -6).join(' '), embedded: cols[cols.length - 5] === 'yes' };
  });
}
