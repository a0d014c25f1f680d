// `t` for the signed-in app: its English comes with the app's code, never with /mobile.
import { app } from './messages/en/app.ts';
import { withEnglish, type Translate } from './translate.ts';

export const t: Translate<typeof app> = withEnglish(app);
