// `t` for /mobile's way out of in-app browsers: its English comes with the in-app rescue.
import { inApp } from './messages/en/in-app.ts';
import { withEnglish, type Translate } from './translate.ts';

export const t: Translate<typeof inApp> = withEnglish(inApp);
