import { useCallback } from 'react';
import type { Matter } from '../../api/types.ts';
import { useWorkNames } from '../tasks/MemberTags.tsx';

/** "Jiangsu" or "Working group on …": who raised a matter. */
export function useRaiser() {
  const { member, body } = useWorkNames();
  return useCallback(
    (matter: Pick<Matter, 'raisedByMemberCode' | 'raisedByBodyCode'>) =>
      matter.raisedByMemberCode ? member(matter.raisedByMemberCode) : matter.raisedByBodyCode ? body(matter.raisedByBodyCode) : '—',
    [member, body],
  );
}
