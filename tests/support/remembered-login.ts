// Puts a remembered login into the app's IndexedDB as the app itself keeps it (schema 2), to start a journey from a
// company chosen earlier: one since removed, or one that has stopped running.
import type { Page } from '@playwright/test';

export async function rememberLogin(page: Page, email: string, tenant: { id: string; name: string }) {
  await page.evaluate(
    (record) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('mobile-crm-app');
        // Before the app's first visit the database is new: give it the store the app's storage uses.
        open.onupgradeneeded = () => open.result.createObjectStore('records');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('records', 'readwrite');
          tx.objectStore('records').put(record, 'remembered-login');
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    { schema: 2, email, tenant, chosenAt: 1 },
  );
}
