// Everything the app says in Danish, in one download that happens only when da is the active language.
import { appText as app } from '../../app/strings.da.ts';
import { installText as install } from '../../landing/install-panel/strings.da.ts';
import { landingText as landing } from '../../landing/strings.da.ts';
import type { Catalog } from '../active-language.ts';

export default { landing, install, app } satisfies Catalog;
