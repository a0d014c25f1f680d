// Everything the app says in Swedish, in one download that happens only when sv is the active language.
import { app } from '../messages/sv/app.ts';
import { inApp } from '../messages/sv/in-app.ts';
import { install } from '../messages/sv/install.ts';
import { landing } from '../messages/sv/landing.ts';
import { onsite } from '../messages/sv/onsite.ts';
import type { Messages } from '../translate.ts';

export default { ...landing, ...install, ...inApp, ...app, ...onsite } satisfies Messages;
