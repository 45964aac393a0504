import { Badge, Button, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { planText } from '../../../../shared/plan-text';
import { localized } from '../../../lib/localized';
import { ListSelect } from '../../../ui/list-select';
import { useServiceCatalogue } from '../../journal/catalogue-api';
import { addItem, removeItem } from './plan-edit';
import { at, PlanTextField, RefField, RemoveButton, type SectionProps, useLang } from './plan-fields';

/** Ranked priority directions with the reason for each. */
export function PrioritiesSection({ content, editable, errors, onChange }: SectionProps) {
  const { t, i18n } = useTranslation('plan');
  const catalogue = useServiceCatalogue(false);
  const directions = (catalogue.data ?? []).map((d) => ({
    value: d.code,
    label: localized(d.name, i18n.language),
  }));
  const directionName = (code: string) => directions.find((d) => d.value === code)?.label ?? code;
  const set = (i: number, patch: Partial<(typeof content.priorities)[number]>) => {
    const next = structuredClone(content);
    Object.assign(next.priorities[i], patch);
    onChange(next);
  };
  return (
    <Stack component="section" aria-labelledby="plan-priorities">
      <Title order={2} id="plan-priorities">
        {t('section.priorities')}
      </Title>
      {content.priorities.length === 0 && <Text>{t('empty')}</Text>}
      <Stack component="ol" gap="sm" style={{ paddingLeft: 0, listStyle: 'none' }}>
        {content.priorities.map((p, i) => (
          <li key={p.id}>
            <Stack gap={4}>
              {editable ? (
                <ListSelect
                  label={t('field.direction', { rank: p.rank })}
                  data={directions}
                  value={p.direction || null}
                  searchable
                  error={errors[at('priorities', i, 'direction')]}
                  onChange={(v) => set(i, { direction: v ?? '' })}
                  maw={420}
                />
              ) : (
                <Text fw={700}>
                  {p.rank}. {directionName(p.direction)}{' '}
                  {p.score !== null && (
                    <Badge variant="light" ml="xs">
                      {t('score', { score: p.score.toLocaleString(i18n.language) })}
                    </Badge>
                  )}
                </Text>
              )}
              <Text component="div" size="sm">
                <PlanTextField
                  label={t('field.reason')}
                  value={p.reason}
                  editable={editable}
                  multiline
                  error={errors[at('priorities', i, 'reason')]}
                  onChange={(reason) => set(i, { reason })}
                />
              </Text>
              {editable && (
                <div>
                  <RemoveButton
                    label={t('remove.priority', { name: directionName(p.direction) || p.id })}
                    onClick={() => onChange(removeItem(content, 'priorities', p.id))}
                  />
                </div>
              )}
            </Stack>
          </li>
        ))}
      </Stack>
      {editable && (
        <Button variant="light" w="fit-content" onClick={() => onChange(addItem(content, 'priorities'))}>
          {t('add.priority')}
        </Button>
      )}
    </Stack>
  );
}

/** Goals, each under a priority. */
export function GoalsSection({ content, editable, errors, onChange }: SectionProps) {
  const { t, i18n } = useTranslation('plan');
  const lang = useLang();
  const catalogue = useServiceCatalogue(false);
  const priorityOptions = content.priorities.map((p) => {
    const d = catalogue.data?.find((x) => x.code === p.direction);
    return { value: p.id, label: `${p.rank}. ${d ? localized(d.name, i18n.language) : p.direction}` };
  });
  const set = (i: number, patch: Partial<(typeof content.goals)[number]>) => {
    const next = structuredClone(content);
    Object.assign(next.goals[i], patch);
    onChange(next);
  };
  return (
    <Stack component="section" aria-labelledby="plan-goals">
      <Title order={2} id="plan-goals">
        {t('section.goals')}
      </Title>
      {content.goals.length === 0 ? (
        <Text>{t('empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('col.priority')}</Table.Th>
                <Table.Th scope="col">{t('col.goal')}</Table.Th>
                {editable && <Table.Th scope="col">{t('col.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {content.goals.map((g, i) => (
                <Table.Tr key={g.id}>
                  <Table.Td>
                    <RefField
                      label={t('col.priority')}
                      value={g.priorityId}
                      options={priorityOptions}
                      editable={editable}
                      error={errors[at('goals', i, 'priorityId')]}
                      onChange={(priorityId) => set(i, { priorityId })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <PlanTextField
                      label={t('col.goal')}
                      value={g.text}
                      editable={editable}
                      multiline
                      error={errors[at('goals', i, 'text')]}
                      onChange={(text) => set(i, { text })}
                    />
                  </Table.Td>
                  {editable && (
                    <Table.Td>
                      <RemoveButton
                        label={t('remove.goal', { name: planText(g.text, lang) || g.id })}
                        onClick={() => onChange(removeItem(content, 'goals', g.id))}
                      />
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editable && (
        <Button variant="light" w="fit-content" onClick={() => onChange(addItem(content, 'goals'))}>
          {t('add.goal')}
        </Button>
      )}
    </Stack>
  );
}
