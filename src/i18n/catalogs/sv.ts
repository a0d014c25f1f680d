// Everything the app says in Swedish, in one download that happens only when sv is the active language.
import { appText as app } from '../../lazy-app/strings.sv.ts';
import { installText as install } from '../../lazy-app/landing/install-panel/strings.sv.ts';
import { landingText as landing } from '../../initial-app/landing/strings.sv.ts';
import type { Catalog } from '../active-language.ts';

export default { landing, install, app } satisfies Catalog;
