/** Focus areas by code (indicators name their area by code, tasks by id): the plan's tree for selects and labels. */
import type { FocusArea, Locale } from '../../api/types.ts';
import { areaTree, type AreaNode } from '../plans/areas.ts';
import { areaLabel } from '../tasks/labels.ts';

export interface AreaCodeOption {
  value: string;
  title: string;
  children: AreaCodeOption[];
}

export function areaCodeTreeOptions(areas: FocusArea[], locale: Locale): AreaCodeOption[] {
  const toOption = (node: AreaNode): AreaCodeOption => ({ value: node.area.code, title: areaLabel(node.area, locale), children: node.children.map(toOption) });
  return areaTree(areas).map(toOption);
}

export function areaNameByCode(areas: FocusArea[], code: string | null, locale: Locale): string {
  if (!code) return '—';
  const area = areas.find((a) => a.code === code);
  return area ? areaLabel(area, locale) : code;
}
