import { Anchor, Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Programme, ProgrammeTerms } from '../../../shared/contracts/programmes';
import { localized } from '../../lib/localized';

/** The age range in words: 14–35, from 18, up to 29, any age. */
export function agesLabel(terms: Pick<ProgrammeTerms, 'minAge' | 'maxAge'>, t: TFunction) {
  const { minAge: min, maxAge: max } = terms;
  if (min != null && max != null) return t('programmes:agesRange', { min, max });
  if (min != null) return t('programmes:agesFrom', { min });
  if (max != null) return t('programmes:agesUpTo', { max });
  return t('programmes:agesAny');
}

/** A field the source gives in English only, labelled as such outside the English UI. */
function EnglishOnly({ label, lang }: { label: string; lang: string }) {
  const { t } = useTranslation('programmes');
  return (
    <Text fw={600} size="sm">
      {label}
      {lang !== 'en' && (
        <Text span size="xs" c="gray.7" fw={400}>
          {' '}
          ({t('englishOnly')})
        </Text>
      )}
    </Text>
  );
}

interface Props {
  programme: Programme;
  onEdit?: () => void;
}

/** One programme in the UI language: who it is for, what it gives, where the information comes from. */
export function ProgrammeCard({ programme: p, onEdit }: Props) {
  const { t, i18n } = useTranslation('programmes');
  const lang = i18n.language;
  const terms = p.terms;
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={`programme-${p.code}`}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} size="h4" id={`programme-${p.code}`}>
            {localized(p.name, lang)}
          </Title>
          <Group gap="xs" wrap="nowrap">
            {!p.isActive && <Badge color="gray">{t('inactive')}</Badge>}
            {p.status !== 'active' && (
              <Badge variant="light" color="gray.8">
                {t(`status.${p.status}`)}
              </Badge>
            )}
          </Group>
        </Group>
        {terms ? (
          <>
            <Text lang={terms.summaryKkMissing && lang === 'kk' ? 'ru' : undefined}>
              {localized(terms.summary, lang)}
            </Text>
            {terms.summaryKkMissing && lang === 'kk' && (
              <Text size="xs" c="gray.7">
                {t('kkMissing')}
              </Text>
            )}
            <Group gap="lg">
              <Text size="sm">
                <Text span fw={600}>
                  {t('ages')}:
                </Text>{' '}
                {agesLabel(terms, t)}
              </Text>
              <Text size="sm">
                <Text span fw={600}>
                  {t('statuses')}:
                </Text>{' '}
                {terms.eligibleStatuses.length
                  ? terms.eligibleStatuses.map((s) => t(`youthStatus.${s}`)).join(', ')
                  : t('statusesAny')}
              </Text>
            </Group>
            {terms.benefit && (
              <div lang="en">
                <EnglishOnly label={t('benefit')} lang={lang} />
                <Text size="sm">{terms.benefit}</Text>
              </div>
            )}
            {terms.conditions.length > 0 && (
              <div>
                <EnglishOnly label={t('conditions')} lang={lang} />
                <List size="sm" lang="en">
                  {terms.conditions.map((c) => (
                    <List.Item key={c}>{c}</List.Item>
                  ))}
                </List>
              </div>
            )}
            <Text size="xs" c="gray.7">
              {t('asOf', { asOf: terms.asOf, year: terms.year })}
            </Text>
          </>
        ) : (
          <Text c="gray.7">{t('noTerms')}</Text>
        )}
        <div>
          <EnglishOnly label={t('operator')} lang={lang} />
          <Text size="sm" lang="en">
            {p.operator}
          </Text>
        </div>
        <Group justify="space-between">
          {p.sourceUrl ? (
            <Anchor
              href={p.sourceUrl}
              target="_blank"
              rel="noopener noreferrer"
              size="sm"
              aria-label={`${t('source')}: ${localized(p.name, lang)}`}
            >
              {t('source')}
            </Anchor>
          ) : (
            <span />
          )}
          {onEdit && (
            <Button variant="light" size="xs" onClick={onEdit}>
              {t('editTerms')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
