// Everything the app says in Norwegian Bokmål, in one download that happens only when nb is the active language.
import { app } from '../messages/nb/app.ts';
import { inApp } from '../messages/nb/in-app.ts';
import { install } from '../messages/nb/install.ts';
import { landing } from '../messages/nb/landing.ts';
import { onsite } from '../messages/nb/onsite.ts';
import type { Messages } from '../translate.ts';

export default { ...landing, ...install, ...inApp, ...app, ...onsite } satisfies Messages;
