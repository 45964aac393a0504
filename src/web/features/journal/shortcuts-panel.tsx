import { Kbd, Paper, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const SHORTCUTS: [keys: string[], key: string][] = [
  [['Ctrl', 'Enter'], 'save'],
  [['Alt', 'A'], 'anonymous'],
  [['↑', '↓', 'Enter'], 'pick'],
  [['Tab'], 'next'],
  [['Shift', 'Tab'], 'previous'],
  [['Esc'], 'close'],
];

/** The keyboard shortcuts of quick entry, always on screen. */
export function ShortcutsPanel() {
  const { t } = useTranslation('journal');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="quick-shortcuts">
      <Title order={2} size="h4" id="quick-shortcuts" mb="xs">
        {t('shortcuts.title')}
      </Title>
      <Table fz="sm" verticalSpacing={4} withRowBorders={false}>
        <Table.Tbody>
          {SHORTCUTS.map(([keys, key]) => (
            <Table.Tr key={key}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && (keys[0] === '↑' ? ' ' : ' + ')}
                    <Kbd size="xs">{k}</Kbd>
                  </span>
                ))}
              </Table.Td>
              <Table.Td>{t(`shortcuts.${key}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
