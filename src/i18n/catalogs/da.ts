// Everything the app says in Danish, in one download that happens only when da is the active language.
import { appText as app } from '../../lazy-app/strings.da.ts';
import { installText as install } from '../../lazy-app/landing/install-panel/strings.da.ts';
import { landingText as landing } from '../../initial-app/landing/strings.da.ts';
import type { Catalog } from '../active-language.ts';

export default { landing, install, app } satisfies Catalog;
