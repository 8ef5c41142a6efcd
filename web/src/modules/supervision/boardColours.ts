import type { BoardColour } from '../../api/types.ts';

/** Cell colours of the board (the published rule's red / yellow / green / empty), shared by the grid and the phone tabs. */
export const CELL: Record<BoardColour, { background: string; border: string; text: string }> = {
  red: { background: '#fff1f0', border: '#ffa39e', text: '#a8071a' },
  yellow: { background: '#fffbe6', border: '#ffe58f', text: '#874d00' },
  green: { background: '#f6ffed', border: '#b7eb8f', text: '#237804' },
  empty: { background: '#fafafa', border: '#f0f0f0', text: '#bfbfbf' },
};
