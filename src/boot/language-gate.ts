// Before prerendered English (/mobile's top, the sign-in screen) paints: which language will the page speak?
// Another one hides the English until the app has drawn the page in it. Decided as the app decides (languages.ts).
import { isLanguage, pickLanguage } from '../i18n/languages.ts';
import { LANGUAGE_ATTRIBUTE, LANGUAGE_KEY, TRANSLATING_CLASS } from '../shared/boot-contract.ts';

function rememberedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_KEY);
  } catch {
    // Storage blocked: the device's languages decide.
    return null;
  }
}

export function gateLanguage(root: HTMLElement = document.documentElement, device: Navigator = navigator) {
  const remembered = rememberedLanguage();
  const language = isLanguage(remembered)
    ? remembered
    : pickLanguage(device.languages?.length ? device.languages : [device.language ?? '']);
  root.setAttribute(LANGUAGE_ATTRIBUTE, language);
  if (language !== 'en') root.classList.add(TRANSLATING_CLASS);
}
