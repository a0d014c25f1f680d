// @vitest-environment happy-dom
import { render, screen } from '@testing-library/preact';
import type { Device } from '../../../initial-app/landing/detect-device.ts';
import InAppRescue from './index.tsx';

const device = (inApp: Device['inApp']): Device => ({
  platform: 'ios',
  browser: 'other',
  inApp,
  formFactor: 'phone',
  deviceType: 'ios',
  installedAsApp: false,
  stores: ['app-store'],
  safariVersion: null,
});

describe('the way out of an in-app browser', () => {
  test('names the app the person is in', () => {
    render(<InAppRescue device={device('instagram')} pageUrl="https://crm.example/mobile" />);
    expect(screen.getByText(/You are in Instagram’s built-in browser/)).toBeTruthy();
  });

  test('calls the Google app by its name in the active language, not by a brand key', () => {
    render(<InAppRescue device={device('google')} pageUrl="https://crm.example/mobile" />);
    expect(screen.getByText(/You are in the Google app’s built-in browser/)).toBeTruthy();
  });
});
