// The service's own pages inside an authorization, at {basePath}/interaction/{uid}: oidc-provider names the prompt
// (login, or SuperID's tenant choice), the matching step shows its page and answers its forms. Shared here: CSRF,
// cancelling, and the page for an interaction that is gone.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Interaction, Provider } from 'oidc-provider';
import { interactionCsrf, interactionFor } from './interaction-guard.ts';
import { BoundedMap } from './bounded-map.ts';
import { BodyTooLargeError, parseForm, readBody, sendHtml } from './http.ts';
import type { Step, StepContext } from './interaction-step.ts';
import { messagePage } from './pages.ts';
import { pickLocale, t, type Locale } from './strings.ts';

const bodyLimit = 16 * 1024;

export interface InteractionSetup {
  provider: Provider;
  appOrigins: readonly string[];
  /** Where the app opens, the first one a way back into it. */
  appUrls: readonly string[];
  /** Where the provider is mounted: '' or SuperID's '/login'. */
  basePath: string;
  /** Key for the CSRF tokens; new per start, so a restart invalidates open forms (as it does interactions). */
  secret: Buffer;
  /** The step for each prompt oidc-provider can ask for. */
  steps: Record<string, Step>;
}

type Handler = (req: IncomingMessage, res: ServerResponse, path: string) => Promise<boolean>;

export const interactionPath = (basePath: string, uid: string) => `${basePath}/interaction/${uid}`;

export function createInteractionPages({
  provider,
  appOrigins,
  appUrls,
  basePath,
  secret,
  steps,
}: InteractionSetup): Handler {
  const pattern = new RegExp(`^${basePath}/interaction/([A-Za-z0-9_-]{1,128})(?:/([a-z]{1,16}))?$`);

  const { csrfFor, csrfValid } = interactionCsrf(secret);

  const localeFor = (req: IncomingMessage, interaction?: Interaction): Locale => {
    const uiLocales = interaction?.params.ui_locales;
    return pickLocale(typeof uiLocales === 'string' ? uiLocales : undefined, req.headers['accept-language']);
  };

  // The app each interaction came from (its redirect_uri, which oidc-provider checked is registered): Back to a
  // finished sign-in leads into that app, when the service serves more than one.
  const appOf = new BoundedMap<string, string>();
  const remember = (interaction: Interaction) => {
    const redirectUri = interaction.params.redirect_uri;
    // The callback sits at the app's base path, so its folder is where the app opens.
    if (typeof redirectUri === 'string') appOf.set(interaction.uid, new URL('.', redirectUri).href);
  };

  function showExpired(req: IncomingMessage, res: ServerResponse, uid: string): void {
    const locale = localeFor(req);
    sendHtml(
      res,
      400,
      // Reached by Back after a finished sign-in: a way back into the app, not a dead end.
      messagePage(locale, t(locale, 'expired.title'), t(locale, 'expired.body'), undefined, {
        href: appOf.get(uid) ?? appUrls[0]!,
        label: t(locale, 'expired.back'),
      }),
      appOrigins,
    );
  }

  async function abort(ctx: StepContext): Promise<void> {
    const result = { error: 'access_denied', error_description: 'The user cancelled the sign-in' };
    await provider.interactionFinished(ctx.req, ctx.res, result, { mergeWithLastSubmission: false });
  }

  return async (req, res, path) => {
    const match = pattern.exec(path);
    if (!match) return false;
    const [, uid = '', action] = match;
    const method = action ? 'POST' : 'GET';
    if (req.method !== method && !(method === 'GET' && req.method === 'HEAD')) {
      res.writeHead(405, { Allow: method, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Method Not Allowed');
      return true;
    }
    const interaction = await interactionFor(provider, req, res, uid);
    if (interaction) remember(interaction);
    if (interaction?.prompt.name === 'consent' && !action) {
      // The app is first-party: an explicit prompt=consent is granted without a page.
      await provider.interactionFinished(req, res, { consent: {} });
      return true;
    }
    const step = interaction && steps[interaction.prompt.name];
    if (!interaction || !step || (action && action !== 'abort' && !step.actions.includes(action))) {
      showExpired(req, res, uid);
      return true;
    }
    const ctx: StepContext = {
      req,
      res,
      interaction,
      locale: localeFor(req, interaction),
      csrf: csrfFor(uid),
      page: interactionPath(basePath, uid),
      query: new URL(req.url ?? '/', 'http://localhost').searchParams,
    };
    if (!action) {
      await step.show(ctx);
      return true;
    }
    let form: Map<string, string>;
    try {
      form = parseForm(await readBody(req, bodyLimit));
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      await step.show(ctx, { status: 413, key: 'login.error.tooLarge', headers: { Connection: 'close' } });
      return true;
    }
    if (!csrfValid(uid, form.get('csrf'))) await step.show(ctx, { status: 403, key: 'login.error.csrf' });
    else if (action === 'abort') await abort(ctx);
    else await step.post(ctx, action, form);
    return true;
  };
}
