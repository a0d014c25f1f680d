import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
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

/**
 * Task menu → Settings: the app's language, switched on Save and remembered; after it, the signed-in person's login
 * settings (children), each of which takes effect as it is changed (turning fingerprint or face on asks for it then).
 */
export function SettingsDialog({ open, onClose, children }: Props) {
  const [failed, setFailed] = useState(false);
  const [saving, setSaving] = useState(false);
  // Arrow keys step through the list, checking each language on the way: the app switches on Save, not per step.
  const [chosen, setChosen] = useState<Language>(activeLanguage);
  useEffect(() => {
    if (!open) return;
    setChosen(activeLanguage());
    setFailed(false);
  }, [open]);

  const save = async () => {
    if (chosen === activeLanguage()) return onClose();
    setSaving(true);
    setFailed(false);
    try {
      await chooseLanguage(chosen);
      onClose();
    } catch {
      setFailed(true);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Dialog
      title={t('settings.title')}
      open={open}
      onClose={onClose}
      testId="settings-dialog"
      actions={
        <>
          <button type="button" class="button button-secondary" onClick={onClose}>
            {t('settings.close')}
          </button>
          <button type="button" class="button" onClick={save} aria-busy={saving}>
            {t('settings.save')}
          </button>
        </>
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
              checked={chosen === language}
              onChange={() => setChosen(language)}
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
