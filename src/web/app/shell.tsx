import { Anchor, AppShell, Burger, Button, Group, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, Link as RouterLink, NavLink as RouterNavLink, useLocation } from 'react-router';
import { ChoosePasswordPage } from '../features/account/choose-password-page';
import { scopeLabel } from '../features/account/scope-label';
import { useCurrentUser, useSignOut } from '../features/auth/use-current-user';
import { NotificationBell } from '../features/notifications/notification-bell';
import { LanguageSwitch } from './language-switch';
import { navFor } from './navigation';
import classes from './shell.module.css';
import { useSavedLocale } from './use-saved-locale';

const MAIN_ID = 'main-content';

/** The signed-in staff app: skip link, header with language and user, role-aware navigation, page outlet. */
export function Shell() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const signOut = useSignOut();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure();
  useSavedLocale(me.data);

  if (me.isPending) return null;
  if (!me.data) return <Navigate to="/signin" replace state={{ from: location.pathname }} />;
  const user = me.data;
  // The server answers nothing else until a password an admin set is replaced: show only that form.
  const choosingPassword = user.mustChangePassword;
  const isCurrent = (to: string) =>
    to === '/'
      ? location.pathname === '/'
      : location.pathname === to || location.pathname.startsWith(`${to}/`);

  return (
    <>
      <a
        href={`#${MAIN_ID}`}
        className={classes.skipLink}
        onClick={(event) => {
          // Focus the page itself so the next Tab starts inside it; the router must not see a hash change.
          event.preventDefault();
          document.getElementById(MAIN_ID)?.focus();
        }}
      >
        {t('skipToContent')}
      </a>
      <AppShell
        header={{ height: 60 }}
        navbar={
          choosingPassword ? undefined : { width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }
        }
        padding="md"
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group wrap="nowrap">
              {!choosingPassword && (
                <Burger
                  opened={opened}
                  onClick={toggle}
                  hiddenFrom="sm"
                  size="sm"
                  aria-label={t('nav.menu')}
                  aria-expanded={opened}
                />
              )}
              <Anchor
                component={RouterLink}
                to="/"
                aria-label={t('home')}
                fw={700}
                fz="xl"
                c="teal.9"
                underline="never"
              >
                {t('appName')}
              </Anchor>
              <Text size="sm" c="gray.7" visibleFrom="md">
                {scopeLabel(user, i18n.language, t)}
              </Text>
            </Group>
            <Group wrap="nowrap">
              <LanguageSwitch />
              {!choosingPassword && <NotificationBell />}
              <Stack gap={0} visibleFrom="sm">
                <Text size="sm" fw={500}>
                  {user.fullName}
                </Text>
                <Text size="xs" c="gray.7">
                  {t(`role.${user.role}`)}
                </Text>
              </Stack>
              <Button variant="default" size="xs" onClick={() => signOut.mutate()}>
                {t('signOut')}
              </Button>
            </Group>
          </Group>
        </AppShell.Header>
        {!choosingPassword && (
          <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.main')}>
            {navFor(user.role).map((item) => (
              <NavLink
                key={item.to}
                component={RouterNavLink}
                to={item.to}
                end={item.to === '/'}
                active={isCurrent(item.to)}
                label={t(`nav.${item.label}`)}
                onClick={close}
              />
            ))}
            <NavLink href="/api/docs" label={t('nav.apiDocs')} target="_blank" mt="auto" />
          </AppShell.Navbar>
        )}
        <AppShell.Main id={MAIN_ID} tabIndex={-1} className={classes.main}>
          {choosingPassword ? <ChoosePasswordPage /> : <Outlet />}
        </AppShell.Main>
      </AppShell>
    </>
  );
}
