// Everything the app says in German, in one download that happens only when de is the active language.
import { appText as app } from '../../lazy-app/strings.de.ts';
import { installText as install } from '../../lazy-app/landing/install-panel/strings.de.ts';
import { landingText as landing } from '../../initial-app/landing/strings.de.ts';
import type { Catalog } from '../active-language.ts';

export default { landing, install, app } satisfies Catalog;
