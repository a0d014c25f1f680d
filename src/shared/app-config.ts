// The build's configuration: validated by loadConfig in vite.config.ts (a bad value fails the build naming the key),
// so the running app carries the result and not the validator.
import type { AppConfig } from './config.ts';

export const appConfig: AppConfig = __APP_CONFIG__;
