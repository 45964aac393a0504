import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';

interface Props {
  label: string;
  placeholder?: string;
  value: string;
  /** Called 300 ms after the user stops typing. */
  onSearch: (value: string) => void;
}

/** A search box that waits for a pause in typing before searching. */
export function SearchInput({ label, placeholder, value, onSearch }: Props) {
  const [text, setText] = useState(value);
  const debounced = useDebouncedCallback(onSearch, 300);
  // Follow outside changes (back button, a link with ?q=) without fighting the user's typing.
  useEffect(() => setText(value), [value]);
  return (
    <TextInput
      label={label}
      placeholder={placeholder}
      type="search"
      leftSection={<IconSearch size={16} aria-hidden />}
      value={text}
      onChange={(e) => {
        setText(e.currentTarget.value);
        debounced(e.currentTarget.value.trim());
      }}
    />
  );
}
