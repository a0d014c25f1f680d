// A phone's fingerprint or face for the end-to-end tests and the bench: Chromium's virtual authenticator over CDP
// (a platform authenticator that checks the person, with or without PRF). It belongs to the page it was added to
// and lives across that page's navigations, so a relaunch is a navigation of the same page. Never shipped.
import type { CDPSession, Page } from '@playwright/test';

export interface Authenticator {
  /**
   * The checks fail from now on, as an unrecognised finger or face does. Chromium then treats the sensor as
   * locked (as a phone does after repeated failures): later checks on this authenticator fail too.
   */
  fail(): Promise<void>;
  /** Whether a finger or face is offered at once; when not, a check waits (until it is cancelled). */
  respond(atOnce: boolean): Promise<void>;
  /** The passkeys on it are gone (deleted on the phone, or a new phone). */
  forgetPasskeys(): Promise<void>;
  /** How many passkeys it holds. */
  passkeys(): Promise<number>;
}

export async function addAuthenticator(page: Page, { prf = true } = {}): Promise<Authenticator> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      ctap2Version: 'ctap2_1',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
      hasPrf: prf,
    },
  });
  return {
    fail: async () =>
      void (await cdp.send('WebAuthn.setUserVerified', { authenticatorId, isUserVerified: false })),
    respond: async (atOnce) =>
      void (await cdp.send('WebAuthn.setAutomaticPresenceSimulation', { authenticatorId, enabled: atOnce })),
    forgetPasskeys: async () => void (await cdp.send('WebAuthn.clearCredentials', { authenticatorId })),
    passkeys: async () => (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials.length,
  };
}
