import type { Store } from '../detect-device.ts';
import type { StoreLinks } from '../../../shared/config.ts';
import { t } from '../../../i18n/landing-text.ts';
import { APP_BASE } from '../../../shared/app-base.ts';
import './style.css';

interface Props {
  stores: Store[];
  links: StoreLinks;
  lang: string;
  /** Set when the native app is installed: one "Open the app" link replaces the badges. */
  openAppUrl: string | null;
}

// App Store first whenever both are shown, as Apple asks.
const storeOrder: Store[] = ['app-store', 'google-play'];

// Badge artwork is a file per store and language in public/badges, so official artwork can be dropped in.
const badgeFile = (store: Store, lang: string) => `${APP_BASE}badges/${store}-${lang}.svg`;

/** Store badges, App Store first, equal heights, with the attribution lines the owners ask for. */
export function StoreBadges({ stores, links, lang, openAppUrl }: Props) {
  if (openAppUrl) {
    return (
      <div class="store-badges">
        <p>{t('landing.nativeInstalled')}</p>
        <a class="button" href={openAppUrl} data-testid="open-native-app">
          {t('landing.openTheApp')}
        </a>
      </div>
    );
  }
  if (stores.length === 0) return null;
  const ordered = storeOrder.filter((store) => stores.includes(store));
  return (
    <div class="store-badges">
      <ul class="store-badges-list">
        {ordered.map((store) => {
          const href = store === 'app-store' ? links.appStoreUrl : links.googlePlayUrl;
          return (
            <li key={store}>
              <a href={href} class="store-badge" data-store={store} rel="noopener">
                <img
                  src={badgeFile(store, lang)}
                  alt={t(`landing.badge.${store}`)}
                  height={48}
                  width={store === 'app-store' ? 144 : 161}
                />
              </a>
            </li>
          );
        })}
      </ul>
      <p class="store-attribution">{ordered.includes('google-play') && t('landing.playAttribution')}</p>
    </div>
  );
}
