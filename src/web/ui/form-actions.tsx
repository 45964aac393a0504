import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The Cancel / Save pair at the foot of every form; `submitLabel` replaces "Save" (e.g. "Create"). */
export function FormActions({
  onCancel,
  saving,
  submitLabel,
}: {
  onCancel: () => void;
  saving: boolean;
  submitLabel?: string;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('common:cancel')}
      </Button>
      <Button type="submit" loading={saving}>
        {submitLabel ?? t('common:save')}
      </Button>
    </Group>
  );
}
