// `t` for the Onsite screen: its English comes with that screen's chunk, never with the app's.
import { onsite } from './messages/en/onsite.ts';
import { withEnglish, type Translate } from './translate.ts';

export const t: Translate<typeof onsite> = withEnglish(onsite);
