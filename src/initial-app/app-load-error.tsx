import { landingText } from './landing/strings.ts';

/** The app's code could not be downloaded. Plain markup on purpose: the shared error screen is in what failed. */
export function AppLoadError() {
  return (
    <main class="app-load-error" data-testid="app-load-error" role="alert">
      <h1>{landingText.appLoadError.title}</h1>
      <p>{landingText.appLoadError.message}</p>
      <button type="button" class="button" onClick={() => location.reload()}>
        {landingText.appLoadError.retry}
      </button>
    </main>
  );
}
