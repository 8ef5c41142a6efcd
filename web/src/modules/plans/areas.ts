/**
 * Focus areas, shared by filters, forms and the board: loaded once and kept,
 * reloaded after the Office adds one. The tree comes from parentId.
 */
import { useCallback } from 'react';
import { useApi } from '../../api/hooks.ts';
import type { FocusArea, Locale } from '../../api/types.ts';
import { areaLabel } from '../tasks/labels.ts';
import { plansApi } from './plansApi.ts';

let cached: Promise<FocusArea[]> | null = null;
let generation = 0;

function loadAreas(): Promise<FocusArea[]> {
  cached ??= plansApi.areas().catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}

export interface AreaNode {
  area: FocusArea;
  children: AreaNode[];
}

/** Codes sort as numbers part by part: 1.2 before 1.10. */
function compareCodes(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const diff = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (diff !== 0) return diff;
  }
  return 0;
}

export function areaTree(areas: FocusArea[]): AreaNode[] {
  const byParent = new Map<string | null, FocusArea[]>();
  for (const area of areas) byParent.set(area.parentId, [...(byParent.get(area.parentId) ?? []), area]);
  const build = (parentId: string | null): AreaNode[] =>
    (byParent.get(parentId) ?? [])
      .sort((a, b) => a.sortOrder - b.sortOrder || compareCodes(a.code, b.code))
      .map((area) => ({ area, children: build(area.id) }));
  return build(null);
}

/** For antd TreeSelect. */
export function areaTreeOptions(areas: FocusArea[], locale: Locale) {
  type Option = { value: string; title: string; children: Option[] };
  const toOption = (node: AreaNode): Option => ({ value: node.area.id, title: areaLabel(node.area, locale), children: node.children.map(toOption) });
  return areaTree(areas).map(toOption);
}

export function useAreas() {
  const state = useApi(() => loadAreas(), `areas:${generation}`);
  const refresh = useCallback(() => {
    cached = null;
    generation += 1;
    state.reload();
  }, [state]);
  return { areas: state.data ?? [], error: state.error, loading: state.loading, refresh };
}
