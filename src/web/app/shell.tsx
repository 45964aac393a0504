import { AppShell, Burger, Button, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, NavLink as RouterLink, useLocation } from 'react-router';
import { useCurrentUser, useSignOut } from '../features/auth/use-current-user';
import { localized } from '../lib/localized';
import { LanguageSwitch } from './language-switch';
import { navFor } from './navigation';

/** The signed-in staff app: header with language and user, role-aware navigation, page outlet. */
export function Shell() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const signOut = useSignOut();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure();

  if (me.isPending) return null;
  if (!me.data) return <Navigate to="/signin" replace state={{ from: location.pathname }} />;
  const user = me.data;

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.menu')} />
            <Title order={2} size="h3" c="teal.8">
              Jastar
            </Title>
            <Text size="sm" c="dimmed" visibleFrom="md">
              {user.scopeName ? localized(user.scopeName, i18n.language) : t(`scope.${user.scope.kind}`)}
            </Text>
          </Group>
          <Group wrap="nowrap">
            <LanguageSwitch />
            <Stack gap={0} visibleFrom="sm">
              <Text size="sm" fw={500}>
                {user.fullName}
              </Text>
              <Text size="xs" c="dimmed">
                {t(`role.${user.role}`)}
              </Text>
            </Stack>
            <Button variant="default" size="xs" onClick={() => signOut.mutate()}>
              {t('signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.main')}>
        {navFor(user.role).map((item) => (
          <NavLink
            key={item.to}
            component={RouterLink}
            to={item.to}
            end={item.to === '/'}
            label={t(`nav.${item.label}`)}
            onClick={close}
          />
        ))}
        <NavLink href="/api/docs" label={t('nav.apiDocs')} target="_blank" mt="auto" />
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
