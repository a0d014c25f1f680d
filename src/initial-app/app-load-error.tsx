import { t } from '../i18n/landing-text.ts';

/** The app's code could not be downloaded. Plain markup on purpose: the shared error screen is in what failed. */
export function AppLoadError() {
  return (
    <main class="app-load-error" data-testid="app-load-error" role="alert">
      <h1>{t('appLoadError.title')}</h1>
      <p>{t('appLoadError.message')}</p>
      <button type="button" class="button" onClick={() => location.reload()}>
        {t('appLoadError.retry')}
      </button>
    </main>
  );
}
