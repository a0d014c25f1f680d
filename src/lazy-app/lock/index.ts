// The lock's screens, one chunk fetched when the app first needs one of them (only people who use the lock, or are
// asked about it, download it).
export { LockScreen } from './lock-screen.tsx';
export { FingerprintQuestion } from './fingerprint-question.tsx';
export { LoginSettings } from './login-settings.tsx';
