// Everything the app says in German, in one download that happens only when de is the active language.
import { app } from '../messages/de/app.ts';
import { inApp } from '../messages/de/in-app.ts';
import { install } from '../messages/de/install.ts';
import { landing } from '../messages/de/landing.ts';
import { onsite } from '../messages/de/onsite.ts';
import type { Messages } from '../translate.ts';

export default { ...landing, ...install, ...inApp, ...app, ...onsite } satisfies Messages;
