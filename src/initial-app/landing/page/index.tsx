import { useEffect, useState } from 'preact/hooks';
import type { Device } from '../detect-device.ts';
import type { StoreLinks } from '../../../shared/config.ts';
import { openNativeAppUrl } from '../app-links.ts';
import { StoreBadges } from '../store-badges/index.tsx';
import { activeLanguage } from '../../../i18n/active-language.ts';
import { t } from '../../../i18n/landing-text.ts';
import { useLazy } from '../../use-lazy.ts';
import { whenIdle } from '../../when-idle.ts';
import { PRERENDERED_CLASS } from '../../../shared/boot-contract.ts';
import { APP_BASE } from '../../../shared/app-base.ts';
import { routes } from '../../../shared/routes.ts';
import './style.css';

interface Props {
  /** The device the page is for; null when the build prerenders its top, which fits every device. */
  device: Device | null;
  stores: StoreLinks;
  /** This page's address, for the QR code and the links that leave for a browser. */
  pageUrl: string;
}

interface RelatedApp {
  platform: string;
  id?: string;
}

const loadQrCode = () => import('../../../lazy-app/landing/qr-code/index.tsx');
const loadInstallPanel = () => import('../../../lazy-app/landing/install-panel/index.tsx');
// Only in-app browsers need the way out, so only they download it.
const loadInAppRescue = () => import('../../../lazy-app/landing/in-app-rescue/index.tsx');

/** Asks Chrome on Android whether the native app is installed (it must link back to this site to be reported). */
function useNativeAppInstalled(packageId: string): boolean {
  const [installed, setInstalled] = useState(false);
  useEffect(() => {
    const nav = navigator as Navigator & { getInstalledRelatedApps?: () => Promise<RelatedApp[]> };
    nav
      .getInstalledRelatedApps?.()
      .then((apps) => setInstalled(apps.some((app) => app.platform === 'play' && app.id === packageId)))
      .catch(() => setInstalled(false));
  }, [packageId]);
  return installed;
}

/**
 * A part of this page that could not download (offline before it was ever used: the service worker keeps these
 * parts only once used); Try again loads the page afresh.
 */
function PartNotDownloaded() {
  return (
    <p role="alert">
      {t('appLoadError.message')}{' '}
      <button type="button" class="button button-secondary" onClick={() => location.reload()}>
        {t('appLoadError.retry')}
      </button>
    </p>
  );
}

/** /mobile: gets the app onto whatever device the person holds. */
export function GetTheAppPage({ device, stores, pageUrl }: Props) {
  return (
    <div class={device ? 'landing' : `landing ${PRERENDERED_CLASS}`}>
      <header class="landing-header">
        <img src={`${APP_BASE}icons/icon.svg`} alt="" width={40} height={40} />
        <span>Mobile CRM</span>
      </header>
      <main class="landing-main">
        <h1>{t('landing.title')}</h1>
        <p class="landing-lead">
          {t('landing.lead')}
          {device && (
            <>
              {' '}
              <strong>{t(`landing.leadFor.${device.deviceType}`)}.</strong>
            </>
          )}
        </p>
        {device && <WaysToGetIt device={device} stores={stores} pageUrl={pageUrl} />}
      </main>
    </div>
  );
}

/** The device's own ways to get the app, after the top every device shares. */
function WaysToGetIt({ device, stores, pageUrl }: Props & { device: Device }) {
  const nativeInstalled = useNativeAppInstalled(stores.googlePlayId);
  const isComputer = device.deviceType === 'computer';
  const qrCode = useLazy(loadQrCode, isComputer && device.inApp === '');
  const QrCode = qrCode.module?.default;
  const openAppUrl = nativeInstalled
    ? openNativeAppUrl(pageUrl, stores.googlePlayId, stores.googlePlayUrl)
    : null;
  const inAppRescue = useLazy(loadInAppRescue, device.inApp !== '');
  const InAppRescue = inAppRescue.module?.default;
  const webAppFirst = device.platform === 'harmonyos';
  const [installOpen, setInstallOpen] = useState(false);
  const installPanel = useLazy(loadInstallPanel, installOpen);
  const InstallPanel = installPanel.module?.default;
  // Fetch the install panel while the person reads, so Install answers at once.
  useEffect(() => {
    whenIdle(() => void loadInstallPanel().catch(() => undefined));
  }, []);

  const storeSection = (device.stores.length > 0 || openAppUrl) && (
    <section class="landing-card" aria-labelledby="stores-heading">
      <h2 id="stores-heading">{t('landing.storesHeading')}</h2>
      <StoreBadges stores={device.stores} links={stores} lang={activeLanguage()} openAppUrl={openAppUrl} />
    </section>
  );
  const webAppSection = (
    <section class="landing-card" aria-labelledby="web-app-heading">
      <h2 id="web-app-heading">{webAppFirst ? t('landing.installNow') : t('landing.webAppHeading')}</h2>
      <p>
        {webAppFirst
          ? t('landing.harmonyLead')
          : isComputer
            ? t('landing.webAppLeadComputer')
            : t('landing.webAppLead')}
      </p>
      {InstallPanel ? (
        <InstallPanel device={device} mobileUrl={pageUrl} />
      ) : installPanel.error !== null ? (
        <PartNotDownloaded />
      ) : (
        <button
          type="button"
          class="button install-open"
          aria-expanded={installOpen}
          aria-busy={installOpen}
          onClick={() => setInstallOpen(true)}
        >
          {t('landing.install')}
        </button>
      )}
    </section>
  );

  return (
    <>
      {device.inApp !== '' ? (
        // The stores open from in-app browsers as from any other; installing the web app needs the way out.
        <>
          {storeSection}
          {InAppRescue ? (
            <InAppRescue device={device} pageUrl={pageUrl} />
          ) : (
            inAppRescue.error !== null && <PartNotDownloaded />
          )}
        </>
      ) : (
        <>
          {webAppFirst ? [webAppSection, storeSection] : [storeSection, webAppSection]}
          {isComputer && (
            <section class="landing-card" aria-labelledby="handoff-heading" data-testid="handoff">
              <h2 id="handoff-heading">{t('landing.handoffHeading')}</h2>
              <p>{t('landing.handoffLead')}</p>
              <div class="qr-slot">{QrCode && <QrCode url={pageUrl} label={t('landing.qrLabel')} />}</div>
              {qrCode.error !== null && <PartNotDownloaded />}
            </section>
          )}
        </>
      )}
      <p class="landing-footer">
        {t('landing.alreadyHaveIt')} <a href={routes.signIn}>{t('landing.openWebApp')}</a>
      </p>
    </>
  );
}
