// `t` for /mobile's install panel: its English comes with the panel; the landing's is in memory already.
import type { landing } from './messages/en/landing.ts';
import { install } from './messages/en/install.ts';
import { withEnglish, type Translate } from './translate.ts';

export const t: Translate<typeof landing & typeof install> = withEnglish(install);
