/**
 * Small data-loading hooks over the fetch client: one for a single resource,
 * one for cursor-paginated lists ("load more"). Requests of a superseded key
 * are aborted so a slow answer never overwrites a newer one.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Page } from './types.ts';

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

export interface ApiState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
  /** Replaces the data after a write answered with the new version (no extra round trip). */
  setData: (data: T) => void;
}

/** Loads once per `key`; change the key (e.g. an id or serialized filters) to load again. */
export function useApi<T>(load: (signal: AbortSignal) => Promise<T>, key: string): ApiState<T> {
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });
  const [tick, setTick] = useState(0);
  const [state, setState] = useState<{ data: T | undefined; error: unknown; loading: boolean }>({
    data: undefined,
    error: undefined,
    loading: true,
  });

  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true, error: undefined }));
    loadRef.current(controller.signal).then(
      (data) => setState({ data, error: undefined, loading: false }),
      (error: unknown) => {
        if (!isAbort(error)) setState({ data: undefined, error, loading: false });
      },
    );
    return () => controller.abort();
  }, [key, tick]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  const setData = useCallback((data: T) => setState({ data, error: undefined, loading: false }), []);
  return { ...state, reload, setData };
}

export interface CursorListState<T> {
  items: T[];
  error: unknown;
  /** The first page is loading (the list is being replaced). */
  loading: boolean;
  loadingMore: boolean;
  hasMore: boolean;
  loadMore: () => void;
  reload: () => void;
}

/** A list read page by page through nextCursor; a new `key` (filters) starts from the first page. */
export function useCursorList<T>(
  fetchPage: (cursor: string | null, signal: AbortSignal) => Promise<Page<T>>,
  key: string,
): CursorListState<T> {
  const fetchRef = useRef(fetchPage);
  useEffect(() => {
    fetchRef.current = fetchPage;
  });
  const [tick, setTick] = useState(0);
  const [items, setItems] = useState<T[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const moreController = useRef<AbortController | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    moreController.current?.abort();
    setLoading(true);
    setLoadingMore(false);
    setError(undefined);
    fetchRef.current(null, controller.signal).then(
      (page) => {
        setItems(page.items);
        setNextCursor(page.nextCursor);
        setLoading(false);
      },
      (failure: unknown) => {
        if (isAbort(failure)) return;
        setItems([]);
        setNextCursor(null);
        setError(failure);
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [key, tick]);

  const loadMore = useCallback(() => {
    if (!nextCursor || loadingMore) return;
    const controller = new AbortController();
    moreController.current = controller;
    setLoadingMore(true);
    fetchRef.current(nextCursor, controller.signal).then(
      (page) => {
        setItems((previous) => [...previous, ...page.items]);
        setNextCursor(page.nextCursor);
        setLoadingMore(false);
      },
      (failure: unknown) => {
        if (isAbort(failure)) return;
        setError(failure);
        setLoadingMore(false);
      },
    );
  }, [nextCursor, loadingMore]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { items, error, loading, loadingMore, hasMore: nextCursor !== null, loadMore, reload };
}
