// Everything the app says in Dutch, in one download that happens only when nl is the active language.
import { app } from '../messages/nl/app.ts';
import { inApp } from '../messages/nl/in-app.ts';
import { install } from '../messages/nl/install.ts';
import { landing } from '../messages/nl/landing.ts';
import { onsite } from '../messages/nl/onsite.ts';
import type { Messages } from '../translate.ts';

export default { ...landing, ...install, ...inApp, ...app, ...onsite } satisfies Messages;
