import { describe, expect, it } from 'vitest';
import { discoveryPlaces, readServerAddress, type ServerAddress } from './server-address.ts';

describe('readServerAddress: what a person means by what they typed', () => {
  const accepted: [typed: string, url: string][] = [
    ['crm.example.com', 'https://crm.example.com'],
    ['CRM.Example.COM', 'https://crm.example.com'],
    ['  crm.example.com  ', 'https://crm.example.com'],
    // iOS puts a space after a typed dot.
    ['crm. example.com', 'https://crm.example.com'],
    ['crm.example.com/', 'https://crm.example.com'],
    ['crm.example.com///', 'https://crm.example.com'],
    ['crm.example.com.', 'https://crm.example.com'],
    ['https://crm.example.com', 'https://crm.example.com'],
    ['HTTPS://CRM.EXAMPLE.COM/SuperOffice/', 'https://crm.example.com/SuperOffice'],
    ['https:/crm.example.com', 'https://crm.example.com'],
    ['https:crm.example.com', 'https://crm.example.com'],
    ['https//crm.example.com', 'https://crm.example.com'],
    ['https:///crm.example.com', 'https://crm.example.com'],
    ['crm.example.com/SuperOffice', 'https://crm.example.com/SuperOffice'],
    ['crm.example.com//SuperOffice//', 'https://crm.example.com/SuperOffice'],
    // A page of the web client, pasted from the browser: the place it sits in.
    ['https://crm.example.com/SuperOffice/default.aspx?ticket=1#top', 'https://crm.example.com/SuperOffice'],
    ['crm.example.com/?next=%2Fstart', 'https://crm.example.com'],
    // The discovery address itself, pasted from a manual.
    ['https://crm.example.com/login/.well-known/openid-configuration', 'https://crm.example.com/login'],
    ['crm.example.com:8443', 'https://crm.example.com:8443'],
    ['https://crm.example.com:443/', 'https://crm.example.com'],
    ['crm', 'https://crm'],
    ['crm.exämple.com', 'https://crm.xn--exmple-cua.com'],
    ['10.0.0.5', 'https://10.0.0.5'],
    // This device: plain http when no scheme is typed, as local servers have no certificate.
    ['localhost:4100', 'http://localhost:4100'],
    ['  LOCALHOST:4100/ ', 'http://localhost:4100'],
    ['127.0.0.1:4100', 'http://127.0.0.1:4100'],
    ['[::1]:4100', 'http://[::1]:4100'],
    ['http://localhost:4100/', 'http://localhost:4100'],
    ['https://localhost:4102', 'https://localhost:4102'],
  ];
  it.each(accepted)('%j means %s', (typed, url) => {
    expect(readServerAddress(typed)).toEqual<ServerAddress>({ ok: true, url });
  });

  const refused: [typed: string, problem: string, url?: string][] = [
    ['', 'empty'],
    ['   ', 'empty'],
    ['https://', 'invalid'],
    ['crm.example.com:99999', 'invalid'],
    ['crm example!.com', 'invalid'],
    ['https://crm..example.com', 'invalid'],
    ['http://crm.example.com', 'not-https', 'http://crm.example.com'],
    ['HTTP://CRM.EXAMPLE.COM/SuperOffice/', 'not-https', 'http://crm.example.com/SuperOffice'],
    ['http:crm.example.com', 'not-https', 'http://crm.example.com'],
    ['javascript:alert(1)', 'unsafe'],
    ['JavaScript://%0aalert(1)', 'unsafe'],
    ['data:text/html,<p>hi</p>', 'unsafe'],
    ['file:///etc/passwd', 'unsafe'],
    ['ftp://crm.example.com', 'unsafe'],
    ['mailto:admin@example.com', 'unsafe'],
    // What people see first is not where the request would go.
    ['crm.example.com@evil.example', 'unsafe'],
    ['https://user:secret@crm.example.com', 'unsafe'],
    ['https://evil.example\\@crm.example.com', 'unsafe'],
    ['crm.example.com\u200b.evil.example', 'unsafe'],
    ['crm.example.com\u0000', 'unsafe'],
    [`crm.example.com/${'a'.repeat(2048)}`, 'unsafe'],
  ];
  it.each(refused)('%j is refused: %s', (typed, problem, url) => {
    expect(readServerAddress(typed)).toEqual({ ok: false, problem, ...(url ? { url } : {}) });
  });
});

describe('discoveryPlaces', () => {
  it('tries the address as given, then /login under it', () => {
    expect(discoveryPlaces('https://crm.example.com')).toEqual([
      'https://crm.example.com/.well-known/openid-configuration',
      'https://crm.example.com/login/.well-known/openid-configuration',
    ]);
  });

  it('for an address with a path, then the same two at the server’s root', () => {
    expect(discoveryPlaces('https://crm.example.com/SuperOffice')).toEqual([
      'https://crm.example.com/SuperOffice/.well-known/openid-configuration',
      'https://crm.example.com/SuperOffice/login/.well-known/openid-configuration',
      'https://crm.example.com/.well-known/openid-configuration',
      'https://crm.example.com/login/.well-known/openid-configuration',
    ]);
  });

  it('never asks the same place twice', () => {
    expect(discoveryPlaces('https://crm.example.com/login')).toEqual([
      'https://crm.example.com/login/.well-known/openid-configuration',
      'https://crm.example.com/login/login/.well-known/openid-configuration',
      'https://crm.example.com/.well-known/openid-configuration',
    ]);
  });
});
