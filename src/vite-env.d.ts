/// <reference types="vite/client" />
import type { AppConfig } from './shared/config.ts';

declare global {
  /** The configuration, validated when the app was built (vite.config.ts). */
  const __APP_CONFIG__: AppConfig;
  /** package.json version, for About. */
  const __APP_VERSION__: string;
}
