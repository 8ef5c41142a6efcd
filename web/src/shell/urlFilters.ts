/**
 * List filters kept in the address (issue 12, item 5): opening a record and
 * coming back — or sharing the link — brings the same filtered list back.
 * Values are read as the URL holds them; the server validates them like any
 * query (a hand-edited bad value is its 400, shown where the list would be).
 */
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

export function useUrlFilters<T extends { [key: string]: string | undefined }>(keys: readonly (keyof T & string)[]) {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => {
    const found: Record<string, string> = {};
    for (const key of keys) {
      const value = params.get(key);
      if (value) found[key] = value;
    }
    return found as T;
  }, [params, keys]);
  // Replaces the entry: back leaves the list instead of stepping through every filter change.
  const setFilters = useCallback(
    (next: T) =>
      setParams(
        (previous) => {
          const search = new URLSearchParams(previous);
          for (const key of keys) {
            const value = next[key];
            if (value) search.set(key, value);
            else search.delete(key);
          }
          return search;
        },
        { replace: true },
      ),
    [keys, setParams],
  );
  return [filters, setFilters] as const;
}
