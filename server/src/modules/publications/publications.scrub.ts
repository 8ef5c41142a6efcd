/** Free text may hold what a person typed: contacts and ids never leave with it. */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const PHONE = /(?:\+?86[\s-]?)?(?<![\d.])(?:1[3-9]\d{9}|0\d{2,3}[\s-]?\d{7,8}|\d{3,4}[\s-]\d{3,4}[\s-]\d{4})(?![\d.])/g;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

export function scrub(text: string | null | undefined): string {
  return (text ?? '').replace(EMAIL, '[…]').replace(PHONE, '[…]').replace(UUID, '[…]');
}
