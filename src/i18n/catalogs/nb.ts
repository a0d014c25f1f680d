// Everything the app says in Norwegian Bokmål, in one download that happens only when nb is the active language.
import { appText as app } from '../../app/strings.nb.ts';
import { installText as install } from '../../landing/install-panel/strings.nb.ts';
import { landingText as landing } from '../../landing/strings.nb.ts';
import type { Catalog } from '../active-language.ts';

export default { landing, install, app } satisfies Catalog;
