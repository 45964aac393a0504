import { Select, type SelectProps } from '@mantine/core';
import { useMergedRef } from '@mantine/hooks';
import type { Ref } from 'react';

/**
 * Mantine's Select where Enter always takes the option the list shows highlighted.
 *
 * Why: when Select's list opens it schedules a timer that later points its keyboard index at the
 * current value, without moving the highlight. A busy page serves key presses before timers, so
 * letters typed right after the focus arrives can filter the list first; the late timer then leaves
 * the index on the old value (or on nothing) while the typed option is highlighted, and Enter keeps
 * the old value or submits the form. Quick entry lost keyboard picks this way on loaded machines.
 * Here a plain Enter on an open list clicks the highlighted option itself, before Select sees it.
 */
export function ListSelect({ ref, ...props }: SelectProps & { ref?: Ref<HTMLInputElement> }) {
  const merged = useMergedRef(ref, takeHighlightedOnEnter);
  return <Select {...props} ref={merged} />;
}

function takeHighlightedOnEnter(input: HTMLInputElement | null) {
  if (!input) return;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' || e.isComposing || e.ctrlKey || e.metaKey || e.altKey || e.shiftKey) return;
    const listId = input.getAttribute('aria-controls');
    const highlighted = listId
      ? document.getElementById(listId)?.querySelector<HTMLElement>('[data-combobox-selected]')
      : null;
    if (!highlighted) return;
    // Listening on the input itself runs before React's handlers, which listen at the root.
    e.preventDefault();
    e.stopPropagation();
    highlighted.click();
  };
  input.addEventListener('keydown', onKeyDown);
  return () => input.removeEventListener('keydown', onKeyDown);
}
