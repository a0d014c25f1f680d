// Everything the app says in German, in one download that happens only when de is the active language.
import { appText as app } from '../../app/strings.de.ts';
import { installText as install } from '../../landing/install-panel/strings.de.ts';
import { landingText as landing } from '../../landing/strings.de.ts';
import type { Catalog } from '../active-language.ts';

export default { landing, install, app } satisfies Catalog;
