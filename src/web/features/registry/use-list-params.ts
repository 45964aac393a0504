import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/**
 * List filters kept in the URL query, so a link such as `/centres?regionCode=35` opens the list
 * already filtered and the back button restores the previous filters. Changing any filter other
 * than the page returns to page 1.
 */
export function useListParams<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const values = useMemo(() => {
    const out: Partial<Record<K | 'page', string>> = {};
    for (const k of [...keys, 'page' as const]) {
      const v = params.get(k);
      if (v) out[k] = v;
    }
    return out;
  }, [params, keys]);

  const set = useCallback(
    (patch: Partial<Record<K | 'page', string | null | undefined>>) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(patch) as [string, string | null | undefined][]) {
            if (v) next.set(k, v);
            else next.delete(k);
          }
          if (!('page' in patch)) next.delete('page');
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  return { values, page: Number(values.page ?? 1) || 1, set };
}
