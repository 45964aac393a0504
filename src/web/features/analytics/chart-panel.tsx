import { Button, Group, Paper, Skeleton, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconPhoto, IconTable } from '@tabler/icons-react';
import { lazy, type ReactNode, Suspense, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { echarts } from '../../ui/maps/echarts';
import type { RegionsGeoJson } from '../../ui/maps/region-boundaries';
import { saveCsv, saveUrl, saveXlsx, toCsv } from './csv';
import type { ChartOption } from './echart';

// ECharts is the largest dependency of the app; it loads only when a chart is shown.
const EChart = lazy(() => import('./echart'));

interface Props {
  title: string;
  /** File name without extension, for the PNG and CSV downloads. */
  fileName: string;
  option: ChartOption;
  label: string;
  csv: { header: string[]; rows: (string | number | null)[][] };
  geojson?: RegionsGeoJson;
  onClick?: (name: string) => void;
  aspectRatio?: string;
  /** Shown between the title and the chart (e.g. a measure switch). */
  controls?: ReactNode;
  children?: ReactNode;
}

/** A titled chart with "Download PNG" (the canvas as drawn) and "Download CSV"/"XLSX" (its data). */
export function ChartPanel(props: Props) {
  const { t } = useTranslation('analytics');
  const id = useId();
  const chart = useRef<echarts.ECharts | null>(null);
  const skeleton = (
    <Skeleton style={{ width: '100%', aspectRatio: props.aspectRatio ?? '2.2', minHeight: 220 }} />
  );

  const png = () => {
    const url = chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
    if (url) saveUrl(url, `${props.fileName}.png`);
  };
  const csv = () => saveCsv(toCsv(props.csv.header, props.csv.rows), `${props.fileName}.csv`);
  const xlsx = () =>
    saveXlsx(props.title, props.csv.header, props.csv.rows, `${props.fileName}.xlsx`).catch(() =>
      notifications.show({ color: 'red', message: t('charts.downloadFailed') }),
    );

  return (
    <Paper component="section" aria-labelledby={id} withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={2} size="h4" id={id}>
            {props.title}
          </Title>
          <Group gap="xs">
            <Button
              size="xs"
              variant="default"
              leftSection={<IconPhoto size={14} aria-hidden="true" />}
              onClick={png}
            >
              {t('charts.downloadPng')}
            </Button>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconDownload size={14} aria-hidden="true" />}
              onClick={csv}
            >
              {t('charts.downloadCsv')}
            </Button>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconTable size={14} aria-hidden="true" />}
              onClick={xlsx}
            >
              {t('charts.downloadXlsx')}
            </Button>
          </Group>
        </Group>
        {props.controls}
        <Suspense fallback={skeleton}>
          <EChart
            option={props.option}
            chartRef={chart}
            label={props.label}
            geojson={props.geojson}
            onClick={props.onClick}
            aspectRatio={props.aspectRatio}
          />
        </Suspense>
        {props.children}
      </Stack>
    </Paper>
  );
}
