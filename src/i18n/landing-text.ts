// `t` for /mobile's first load, the update banner and the app's load error: their English is in the entry.
import { landing } from './messages/en/landing.ts';
import { withEnglish, type Translate } from './translate.ts';

export const t: Translate<typeof landing> = withEnglish(landing);
