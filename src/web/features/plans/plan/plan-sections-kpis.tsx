import { Button, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { planText } from '../../../../shared/plan-text';
import { addItem, removeItem } from './plan-edit';
import {
  at,
  CountField,
  PlanTextField,
  RefField,
  RemoveButton,
  type SectionProps,
  useLang,
} from './plan-fields';

const QUARTERS = [0, 1, 2, 3] as const;
const NUMERIC = { textAlign: 'right', whiteSpace: 'nowrap' } as const;
const NUMERIC_HEAD = { textAlign: 'right' } as const;

/**
 * KPIs: baseline, yearly target and cumulative quarter targets. The cells' inputs are named for
 * screen readers only (the column says what they are), quarter columns carry a short header with the
 * full meaning in their title (a tooltip), and numbers line up on the right; a narrow screen scrolls the table
 * sideways instead of squeezing it.
 */
export function KpisSection({ content, editable, errors, onChange }: SectionProps) {
  const { t } = useTranslation('plan');
  const lang = useLang();
  const goalOptions = content.goals.map((g, i) => ({
    value: g.id,
    label: `${i + 1}. ${planText(g.text, lang)}`,
  }));
  const set = (i: number, edit: (k: (typeof content.kpis)[number]) => void) => {
    const next = structuredClone(content);
    edit(next.kpis[i]);
    onChange(next);
  };
  return (
    <Stack component="section" aria-labelledby="plan-kpis">
      <Title order={2} id="plan-kpis">
        {t('section.kpis')}
      </Title>
      <Text size="sm" c="gray.8">
        {t('kpiHelp')}
      </Text>
      {content.kpis.length === 0 ? (
        <Text>{t('empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={editable ? 1000 : 820}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" miw={200}>
                  {t('col.kpi')}
                </Table.Th>
                <Table.Th scope="col" miw={170}>
                  {t('col.goal')}
                </Table.Th>
                <Table.Th scope="col" style={NUMERIC_HEAD}>
                  {t('col.baseline')}
                </Table.Th>
                <Table.Th scope="col" style={NUMERIC}>
                  {t('col.target')}
                </Table.Th>
                {QUARTERS.map((q) => {
                  const full = t(`col.quarterFull.q${q + 1}`);
                  return (
                    <Table.Th scope="col" key={q} style={NUMERIC}>
                      <abbr title={full} style={{ textDecoration: 'none', cursor: 'help' }}>
                        {t(`col.quarterShort.q${q + 1}`)}
                      </abbr>
                    </Table.Th>
                  );
                })}
                {editable && <Table.Th scope="col">{t('col.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {content.kpis.map((k, i) => {
                const name = planText(k.name, lang) || k.id;
                return (
                  <Table.Tr key={k.id}>
                    <Table.Td>
                      <PlanTextField
                        label={t('col.kpi')}
                        value={k.name}
                        editable={editable}
                        multiline
                        hideLabel
                        error={errors[at('kpis', i, 'name')]}
                        onChange={(v) => set(i, (x) => Object.assign(x, { name: v }))}
                      />
                      <Text size="xs" c="gray.7">
                        {t(`source.${k.source}`)} · {t(`unit.${k.unit}`, { defaultValue: k.unit })}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <RefField
                        label={t('col.goal')}
                        value={k.goalId}
                        options={goalOptions}
                        editable={editable}
                        hideLabel
                        error={errors[at('kpis', i, 'goalId')]}
                        onChange={(goalId) => set(i, (x) => Object.assign(x, { goalId }))}
                      />
                    </Table.Td>
                    <Table.Td style={NUMERIC}>
                      {k.baseline === null ? '—' : k.baseline}
                      {k.baselineYear !== null && (
                        <Text size="xs" c="gray.7">
                          {k.baselineYear}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td style={NUMERIC}>
                      <CountField
                        label={t('field.target', { name })}
                        value={k.target}
                        editable={editable}
                        hideLabel
                        error={errors[at('kpis', i, 'target')]}
                        onChange={(v) =>
                          set(i, (x) => {
                            x.target = v ?? 0;
                            x.quarterTargets[3] = v ?? 0;
                          })
                        }
                      />
                    </Table.Td>
                    {QUARTERS.map((q) => (
                      <Table.Td key={q} style={NUMERIC}>
                        <CountField
                          label={t('field.quarter', { name, quarter: q + 1 })}
                          value={k.quarterTargets[q]}
                          editable={editable}
                          hideLabel
                          error={errors[at('kpis', i, `quarterTargets.${q}`)]}
                          onChange={(v) =>
                            set(i, (x) => {
                              x.quarterTargets[q] = v ?? 0;
                              if (q === 3) x.target = v ?? 0;
                            })
                          }
                        />
                      </Table.Td>
                    ))}
                    {editable && (
                      <Table.Td>
                        <RemoveButton
                          label={t('remove.kpi', { name })}
                          onClick={() => onChange(removeItem(content, 'kpis', k.id))}
                        />
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editable && (
        <Button variant="light" w="fit-content" onClick={() => onChange(addItem(content, 'kpis'))}>
          {t('add.kpi')}
        </Button>
      )}
    </Stack>
  );
}
