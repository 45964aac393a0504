import { Button, Chip, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FUNDING_SOURCES, type FundingSource } from '../../../../shared/contracts/plan-content';
import { planText } from '../../../../shared/plan-text';
import { localized } from '../../../lib/localized';
import { useServiceCatalogue } from '../../journal/catalogue-api';
import { addItem, budgetTotals, removeItem } from './plan-edit';
import {
  at,
  CountField,
  PlanTextField,
  RefField,
  RemoveButton,
  type SectionProps,
  useLang,
} from './plan-fields';

/** Activities, each under a priority, with the quarters they run in and expected participants. */
export function ActivitiesSection({ content, editable, errors, onChange }: SectionProps) {
  const { t, i18n } = useTranslation('plan');
  const catalogue = useServiceCatalogue(false);
  const priorityOptions = content.priorities.map((p) => {
    const d = catalogue.data?.find((x) => x.code === p.direction);
    return { value: p.id, label: `${p.rank}. ${d ? localized(d.name, i18n.language) : p.direction}` };
  });
  const lang = useLang();
  const set = (i: number, edit: (a: (typeof content.activities)[number]) => void) => {
    const next = structuredClone(content);
    edit(next.activities[i]);
    onChange(next);
  };
  return (
    <Stack component="section" aria-labelledby="plan-activities">
      <Title order={2} id="plan-activities">
        {t('section.activities')}
      </Title>
      {content.activities.length === 0 ? (
        <Text>{t('empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('col.activity')}</Table.Th>
                <Table.Th scope="col">{t('col.priority')}</Table.Th>
                <Table.Th scope="col">{t('col.quarters')}</Table.Th>
                <Table.Th scope="col">{t('col.participants')}</Table.Th>
                {editable && <Table.Th scope="col">{t('col.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {content.activities.map((a, i) => {
                const name = planText(a.title, lang) || a.id;
                return (
                  <Table.Tr key={a.id}>
                    <Table.Td>
                      <PlanTextField
                        label={t('col.activity')}
                        value={a.title}
                        editable={editable}
                        error={errors[at('activities', i, 'title')]}
                        onChange={(title) => set(i, (x) => Object.assign(x, { title }))}
                      />
                    </Table.Td>
                    <Table.Td>
                      <RefField
                        label={t('col.priority')}
                        value={a.priorityId}
                        options={priorityOptions}
                        editable={editable}
                        error={errors[at('activities', i, 'priorityId')]}
                        onChange={(priorityId) => set(i, (x) => Object.assign(x, { priorityId }))}
                      />
                    </Table.Td>
                    <Table.Td>
                      {editable ? (
                        <Stack gap={2}>
                          <Chip.Group
                            multiple
                            value={a.quarters.map(String)}
                            onChange={(v) =>
                              set(i, (x) => {
                                x.quarters = v.map(Number).sort((m, n) => m - n);
                              })
                            }
                          >
                            <Group gap={4} role="group" aria-label={t('field.quarters', { name })}>
                              {[1, 2, 3, 4].map((q) => (
                                <Chip key={q} value={String(q)} size="xs">
                                  {t('col.quarter', { quarter: q })}
                                </Chip>
                              ))}
                            </Group>
                          </Chip.Group>
                          {errors[at('activities', i, 'quarters')] && (
                            <Text size="xs" c="red">
                              {errors[at('activities', i, 'quarters')]}
                            </Text>
                          )}
                        </Stack>
                      ) : (
                        a.quarters.map((q) => t('col.quarter', { quarter: q })).join(', ')
                      )}
                    </Table.Td>
                    <Table.Td>
                      <CountField
                        label={t('field.participants', { name })}
                        value={a.expectedParticipants}
                        editable={editable}
                        nullable
                        error={errors[at('activities', i, 'expectedParticipants')]}
                        onChange={(v) => set(i, (x) => Object.assign(x, { expectedParticipants: v }))}
                      />
                    </Table.Td>
                    {editable && (
                      <Table.Td>
                        <RemoveButton
                          label={t('remove.activity', { name })}
                          onClick={() => onChange(removeItem(content, 'activities', a.id))}
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
        <Button variant="light" w="fit-content" onClick={() => onChange(addItem(content, 'activities'))}>
          {t('add.activity')}
        </Button>
      )}
    </Stack>
  );
}

/** Budget lines with their funding sources, and the totals per source. */
export function BudgetSection({ content, editable, errors, onChange }: SectionProps) {
  const { t, i18n } = useTranslation('plan');
  const lang = useLang();
  const activityOptions = content.activities.map((a) => ({
    value: a.id,
    label: planText(a.title, lang) || a.id,
  }));
  const sourceOptions = FUNDING_SOURCES.map((s) => ({ value: s, label: t(`funding.${s}`) }));
  const money = (n: number) => `${n.toLocaleString(i18n.language)} ₸`;
  const totals = budgetTotals(content, FUNDING_SOURCES);
  const set = (i: number, edit: (b: (typeof content.budget)[number]) => void) => {
    const next = structuredClone(content);
    edit(next.budget[i]);
    onChange(next);
  };
  return (
    <Stack component="section" aria-labelledby="plan-budget">
      <Title order={2} id="plan-budget">
        {t('section.budget')}
      </Title>
      {content.budget.length === 0 ? (
        <Text>{t('empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('col.item')}</Table.Th>
                <Table.Th scope="col">{t('col.activity')}</Table.Th>
                <Table.Th scope="col">{t('col.source')}</Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>
                  {t('col.amount')}
                </Table.Th>
                {editable && <Table.Th scope="col">{t('col.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {content.budget.map((b, i) => {
                const name = planText(b.item, lang) || b.id;
                return (
                  <Table.Tr key={b.id}>
                    <Table.Td>
                      <PlanTextField
                        label={t('col.item')}
                        value={b.item}
                        editable={editable}
                        error={errors[at('budget', i, 'item')]}
                        onChange={(item) => set(i, (x) => Object.assign(x, { item }))}
                      />
                    </Table.Td>
                    <Table.Td>
                      <RefField
                        label={t('col.activity')}
                        value={b.activityId}
                        options={activityOptions}
                        editable={editable}
                        error={errors[at('budget', i, 'activityId')]}
                        onChange={(activityId) => set(i, (x) => Object.assign(x, { activityId }))}
                      />
                    </Table.Td>
                    <Table.Td>
                      {editable ? (
                        <Select
                          label={t('col.source')}
                          data={sourceOptions}
                          value={b.source}
                          allowDeselect={false}
                          error={errors[at('budget', i, 'source')]}
                          onChange={(v) =>
                            v && set(i, (x) => Object.assign(x, { source: v as FundingSource }))
                          }
                        />
                      ) : (
                        t(`funding.${b.source}`)
                      )}
                    </Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>
                      {editable ? (
                        <CountField
                          label={t('field.amount', { name })}
                          value={b.amount}
                          editable
                          error={errors[at('budget', i, 'amount')]}
                          onChange={(v) => set(i, (x) => Object.assign(x, { amount: v ?? 0 }))}
                        />
                      ) : (
                        money(b.amount)
                      )}
                    </Table.Td>
                    {editable && (
                      <Table.Td>
                        <RemoveButton
                          label={t('remove.budget', { name })}
                          onClick={() => onChange(removeItem(content, 'budget', b.id))}
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
        <Button variant="light" w="fit-content" onClick={() => onChange(addItem(content, 'budget'))}>
          {t('add.budget')}
        </Button>
      )}
      <Table w="fit-content" aria-label={t('totals')}>
        <Table.Tbody>
          {totals.bySource.map((s) => (
            <Table.Tr key={s.source}>
              <Table.Th scope="row">{t(`funding.${s.source}`)}</Table.Th>
              <Table.Td style={{ textAlign: 'right' }}>{money(s.amount)}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Th scope="row">{t('total')}</Table.Th>
            <Table.Td style={{ textAlign: 'right', fontWeight: 700 }}>{money(totals.total)}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
