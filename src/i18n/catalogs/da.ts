// Everything the app says in Danish, in one download that happens only when da is the active language.
import { app } from '../messages/da/app.ts';
import { inApp } from '../messages/da/in-app.ts';
import { install } from '../messages/da/install.ts';
import { landing } from '../messages/da/landing.ts';
import { onsite } from '../messages/da/onsite.ts';
import type { Messages } from '../translate.ts';

export default { ...landing, ...install, ...inApp, ...app, ...onsite } satisfies Messages;
