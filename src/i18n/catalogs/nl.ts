// Everything the app says in Dutch, in one download that happens only when nl is the active language.
import { appText as app } from '../../lazy-app/strings.nl.ts';
import { installText as install } from '../../lazy-app/landing/install-panel/strings.nl.ts';
import { landingText as landing } from '../../initial-app/landing/strings.nl.ts';
import type { Catalog } from '../active-language.ts';

export default { landing, install, app } satisfies Catalog;
