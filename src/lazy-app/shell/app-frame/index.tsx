import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useApp } from '../../context.ts';
import { t } from '../../../i18n/app-text.ts';
import { APP_BASE } from '../../../shared/app-base.ts';
import { routes } from '../../../shared/routes.ts';
import type { TenantRef } from '../../../shared/tenant-ref.ts';
import { breakable } from '../breakable.tsx';
import { Dialog } from '../dialog/index.tsx';
import { TaskMenu, type TaskMenuItem } from '../task-menu/index.tsx';
import { SettingsDialog } from './settings-dialog.tsx';
import type { PRERENDERED_CLASS, SNAPSHOT_CLASS } from '../../../shared/boot-contract.ts';
import './style.css';

interface Props {
  signedIn: boolean;
  tenant?: TenantRef | null;
  /** Given by a screen that knows the person has another company to switch to. */
  onSwitchCompany?: () => void;
  children: ComponentChildren;
}

const AppHeader = () => (
  <header class="app-header">
    <img src={`${APP_BASE}icons/icon.svg`} alt="" width={32} height={32} />
    <span>{t('app.name')}</span>
  </header>
);

/**
 * The frame as the build writes it into index.html, marked for the app's first render to take over: the header and
 * the content only (the Task menu and dialogs need the app's code).
 */
export function StaticAppFrame({
  mark,
  children,
}: {
  mark: typeof PRERENDERED_CLASS | typeof SNAPSHOT_CLASS;
  children: ComponentChildren;
}) {
  return (
    <div class={`app-frame ${mark}`}>
      <AppHeader />
      <main class="app-main">{children}</main>
    </div>
  );
}

/** Every app screen: the header, the content, and the bottom bar with the Task menu. */
export function AppFrame({ signedIn, tenant, onSwitchCompany, children }: Props) {
  const services = useApp();
  const [dialog, setDialog] = useState<'log-out' | 'settings' | 'about' | null>(null);
  const [leaving, setLeaving] = useState(false);

  const items: TaskMenuItem[] = [
    ...(onSwitchCompany
      ? [{ id: 'switch-company', label: t('task.switchCompany'), onSelect: onSwitchCompany }]
      : []),
    signedIn
      ? { id: 'log-out', label: t('task.logOut'), onSelect: () => setDialog('log-out') }
      : { id: 'reset-login', label: t('task.resetLogin'), onSelect: () => services.open(routes.resetLogin) },
    // /mobile is its own page, outside the app's router: a full navigation.
    { id: 'get-the-app', label: t('task.getTheApp'), onSelect: () => location.assign(routes.getTheApp) },
    { id: 'settings', label: t('task.settings'), onSelect: () => setDialog('settings') },
    { id: 'about', label: t('task.about'), onSelect: () => setDialog('about') },
  ];

  const confirmLogOut = async () => {
    setLeaving(true);
    try {
      await services.logOut();
    } catch {
      // The sign-in service is unreachable: the session has ended here; the sign-in screen says what that means.
      setDialog(null);
      services.navigate(routes.signIn);
    }
  };

  return (
    <div class="app-frame">
      <AppHeader />
      <main class="app-main">{children}</main>
      <TaskMenu label={t('task.button')} items={items} />
      <Dialog
        title={t('logOutDialog.title')}
        open={dialog === 'log-out'}
        onClose={() => setDialog(null)}
        testId="log-out-dialog"
        actions={
          <>
            <button
              type="button"
              class="button button-secondary"
              onClick={() => setDialog(null)}
              disabled={leaving}
            >
              {t('logOutDialog.no')}
            </button>
            <button type="button" class="button" onClick={confirmLogOut} disabled={leaving}>
              {t('logOutDialog.yes')}
            </button>
          </>
        }
      >
        <p>{t('logOutDialog.body')}</p>
      </Dialog>
      <SettingsDialog open={dialog === 'settings'} onClose={() => setDialog(null)}>
        {signedIn && dialog === 'settings' && <services.LoginSettings />}
      </SettingsDialog>
      <Dialog
        title={t('about.title')}
        open={dialog === 'about'}
        onClose={() => setDialog(null)}
        testId="about-dialog"
        actions={
          <button type="button" class="button" onClick={() => setDialog(null)}>
            {t('about.close')}
          </button>
        }
      >
        <dl>
          <dt>{t('about.version')}</dt>
          <dd>{__APP_VERSION__}</dd>
          <dt>{t('about.signInService')}</dt>
          {/* Online's, or the company's own server (Onsite) the app is connected to. */}
          <dd data-testid="about-sign-in-service">{breakable(services.auth.identity.authority)}</dd>
          <dt>{t('about.tenant')}</dt>
          <dd>{tenant ? `${tenant.name} (${tenant.id})` : t('about.none')}</dd>
        </dl>
      </Dialog>
    </div>
  );
}
