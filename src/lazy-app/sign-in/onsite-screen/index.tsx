import { useState } from 'preact/hooks';
import { route } from 'preact-router';
import { useApp } from '../../context.ts';
import { t } from '../../../i18n/onsite-text.ts';
import { routes } from '../../../shared/routes.ts';
import { AppFrame } from '../../shell/app-frame/index.tsx';
import { ProblemScreen } from '../../shell/problem-screen/index.tsx';
import { serverAllowed } from '../../../shared/onsite-servers.ts';
import { readServerAddress, type AddressProblem } from '../../../shared/server-address.ts';
import { connectToServer } from '../../../session/onsite-connect.ts';
import type { OnsiteProblem, ProblemAction } from '../../../session/problems.ts';
import { wordsFor } from './words.ts';

/** What is wrong with the typed address, and the address as understood when there is one to name. */
type Refusal = { problem: AddressProblem | 'not-allowed'; url?: string };

/** "Are you an Onsite customer?": the server's address, and Connect. A link (?server=) only fills it in. */
export function OnsiteScreen() {
  const services = useApp();
  const [value, setValue] = useState(() => new URLSearchParams(location.search).get('server') ?? '');
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [connecting, setConnecting] = useState<string | null>(null);
  const [problem, setProblem] = useState<OnsiteProblem | null>(null);

  const connect = async (url: string) => {
    setProblem(null);
    setConnecting(url);
    const failed = await connectToServer(services, url);
    // Nothing changed here: the field keeps the address, and every way on starts from it.
    if (failed) {
      setConnecting(null);
      setProblem(failed);
    }
  };

  const submit = (event: Event) => {
    event.preventDefault();
    if (connecting) return;
    const read = readServerAddress(value);
    const refused: Refusal | null = !read.ok
      ? { problem: read.problem, ...(read.url ? { url: read.url } : {}) }
      : !serverAllowed(services.config, read.url)
        ? { problem: 'not-allowed', url: read.url }
        : null;
    setRefusal(refused);
    if (read.ok && !refused) void connect(read.url);
  };

  const onAction = (action: ProblemAction) => {
    if (action === 'retry' && connecting === null && problem) return void connect(problem.address);
    if (action === 'change-server') return setProblem(null);
    route(routes.signIn);
  };

  if (problem)
    return (
      <ProblemScreen
        problem={problem}
        words={wordsFor(problem)}
        onAction={onAction}
        signedIn={false}
        busy={null}
        triedAt={null}
      />
    );

  const message =
    refusal &&
    (refusal.problem === 'not-https' || refusal.problem === 'not-allowed'
      ? t(`onsite.${refusal.problem}`, { address: refusal.url ?? value })
      : t(`onsite.${refusal.problem}`));
  return (
    <AppFrame signedIn={false}>
      <h1>{t('onsite.title')}</h1>
      <p>{t('onsite.lead')}</p>
      <form class="card" onSubmit={submit} noValidate>
        <div class="field">
          <label for="onsite-address">{t('onsite.address')}</label>
          <input
            id="onsite-address"
            type="url"
            name="server"
            autocomplete="url"
            inputMode="url"
            autocapitalize="none"
            spellcheck={false}
            maxLength={2048}
            value={value}
            aria-invalid={message ? 'true' : 'false'}
            aria-describedby={
              message ? 'onsite-address-example onsite-address-error' : 'onsite-address-example'
            }
            onInput={(event) => setValue((event.target as HTMLInputElement).value)}
          />
          <p id="onsite-address-example" class="hint">
            {t('onsite.example')}
          </p>
          {message && (
            <p id="onsite-address-error" class="field-error" role="alert">
              {message}
            </p>
          )}
        </div>
        <div class="actions">
          <button type="submit" class="button" disabled={!!connecting} aria-busy={!!connecting}>
            {t('onsite.connect')}
          </button>
          <button type="button" class="button button-secondary" onClick={() => route(routes.signIn)}>
            {t('onsite.cancel')}
          </button>
        </div>
      </form>
      <p role="status">{connecting && t('onsite.connecting', { address: connecting })}</p>
    </AppFrame>
  );
}
