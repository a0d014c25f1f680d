import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../../context.ts';
import { t } from '../../../i18n/app-text.ts';

interface Props {
  path?: string;
}

/** The Onsite screen, downloaded when first opened: most people sign in to Online and never need it. */
export function OnsiteRoute(_: Props) {
  const services = useApp();
  const [Screen, setScreen] = useState<FunctionComponent | null>(null);
  useEffect(() => {
    import('./index.tsx').then(
      ({ OnsiteScreen }) => setScreen(() => OnsiteScreen),
      () => services.showProblem({ kind: navigator.onLine ? 'unexpected' : 'offline' }),
    );
  }, []);
  if (Screen) return <Screen />;
  return (
    <main class="app-main" aria-busy="true">
      <p role="status">{t('start.loading')}</p>
    </main>
  );
}
