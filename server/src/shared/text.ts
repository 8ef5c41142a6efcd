/** What free text the platform stores: PostgreSQL refuses NUL and unpaired surrogates; control characters are noise. */
export const isControl = (c: number) => c < 0x20 || c === 0x7f;

/** No control characters other than tab and line breaks, and no unpaired surrogates (PostgreSQL refuses both). */
export function isAcceptableText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isControl(c) && c !== 0x09 && c !== 0x0a && c !== 0x0d) return false;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return false;
  }
  return true;
}
