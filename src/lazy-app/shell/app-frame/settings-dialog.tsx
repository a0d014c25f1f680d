import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../../../i18n/app-text.ts';
import { activeLanguage } from '../../../i18n/active-language.ts';
import { chooseLanguage } from '../../../i18n/choose-language.ts';
import { languages, type Language } from '../../../i18n/languages.ts';
import { Dialog } from '../dialog/index.tsx';

interface Props {
  open: boolean;
  onClose: () => void;
  /** More settings after the language (the signed-in person's login settings, given by the app). */
  children?: ComponentChildren;
}

// Each language by its own name, so people find theirs whatever language the app speaks now.
const ownNames: Record<Language, string> = {
  en: 'English',
  nb: 'Norsk bokmål',
  sv: 'Svenska',
  da: 'Dansk',
  de: 'Deutsch',
  nl: 'Nederlands',
};

/** Task menu → Settings: the app's language, switched at once and remembered. */
export function SettingsDialog({ open, onClose, children }: Props) {
  const [failed, setFailed] = useState(false);
  const choose = (language: Language) => {
    setFailed(false);
    chooseLanguage(language).catch(() => setFailed(true));
  };
  return (
    <Dialog
      title={t('settings.title')}
      open={open}
      onClose={onClose}
      testId="settings-dialog"
      actions={
        <button type="button" class="button" onClick={onClose}>
          {t('settings.close')}
        </button>
      }
    >
      <fieldset class="choice-group">
        <legend>{t('settings.language')}</legend>
        {languages.map((language) => (
          <label key={language} class="choice" lang={language}>
            <input
              type="radio"
              name="language"
              value={language}
              checked={activeLanguage() === language}
              onChange={() => choose(language)}
            />
            {ownNames[language]}
          </label>
        ))}
      </fieldset>
      {children}
      <p class="field-error" role="alert">
        {failed && t('settings.changeFailed')}
      </p>
    </Dialog>
  );
}
