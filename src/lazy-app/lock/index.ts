// The lock's screens, one chunk fetched when the app first needs one of them: the lock screen, the question after a
// sign-in, or Settings' login part (people who never meet them never download it).
export { LockScreen } from './lock-screen.tsx';
export { FingerprintQuestion } from './fingerprint-question.tsx';
export { LoginSettings } from './login-settings.tsx';
