import { Table } from '@mantine/core';

/** A visible table caption, left-aligned and dark enough to read (Mantine's default is dimmed). */
export function TableCaption({ children }: { children: string }) {
  return (
    <Table.Caption style={{ textAlign: 'left', color: 'var(--mantine-color-gray-8)' }}>
      {children}
    </Table.Caption>
  );
}
