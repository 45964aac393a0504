import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
import 'dayjs/locale/kk';
import 'dayjs/locale/ru';
import { type CSSVariablesResolver, createTheme, Loader, MantineProvider, Modal } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { type ReactNode, useMemo } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { i18n } from './i18n';

// Teal 9 is the lightest teal that keeps white button text at WCAG AA contrast (5.0:1; teal 8 is 3.9:1).
// Loaders announce themselves as a status so screen readers say "loading" (their aria-label);
// every dialog's close button is named in the UI language.
const themeFor = (t: TFunction) =>
  createTheme({
    primaryColor: 'teal',
    primaryShade: 9,
    defaultRadius: 'md',
    focusRing: 'auto',
    components: {
      Loader: Loader.extend({ defaultProps: { role: 'status' } }),
      Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': t('common:close') } } }),
    },
  });

// WCAG AA fixes to Mantine's light scheme: "dimmed" grey (gray 6) is 3.3:1 on white, gray 7 reads at
// 7:1 and still looks secondary; teal 9 text on the "light" variant's teal 1 (active nav link, light
// badges and buttons) is 4.3:1, on teal 0 it is 4.8:1; error text in red 6 is 3.6:1, red 9 is 5.4:1;
// placeholders in the default grey are 2.1:1, gray 7 reads at 7:1.
const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-teal-light': 'var(--mantine-color-teal-0)',
    '--mantine-color-teal-light-hover': 'var(--mantine-color-teal-1)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
  },
  dark: {},
});

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});

/** Theme, notifications, data cache and translations around the whole app. */
export function Providers({ children }: { children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <LocalizedMantine>
        <Notifications position="top-right" />
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </LocalizedMantine>
    </I18nextProvider>
  );
}

/** Mantine with its built-in labels and calendars (month and weekday names) in the UI language. */
function LocalizedMantine({ children }: { children: ReactNode }) {
  const { t, i18n: current } = useTranslation();
  const theme = useMemo(() => themeFor(t), [t]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <DatesProvider settings={{ locale: current.language, firstDayOfWeek: 1 }}>{children}</DatesProvider>
    </MantineProvider>
  );
}
