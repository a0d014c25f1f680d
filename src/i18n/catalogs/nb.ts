// Everything the app says in Norwegian Bokmål, in one download that happens only when nb is the active language.
import { appText as app } from '../../lazy-app/strings.nb.ts';
import { installText as install } from '../../lazy-app/landing/install-panel/strings.nb.ts';
import { landingText as landing } from '../../initial-app/landing/strings.nb.ts';
import type { Catalog } from '../active-language.ts';

export default { landing, install, app } satisfies Catalog;
