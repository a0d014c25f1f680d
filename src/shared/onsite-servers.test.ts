import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../build/config.ts';
import { offersOnsite, serverAllowed } from './onsite-servers.ts';

const production = (servers: string) =>
  loadConfig({ VITE_SIGNIN_ENV: 'online', VITE_SIGNIN_CLIENT_ID: 'x', VITE_ONSITE_SERVERS: servers });
const development = (servers: string) => loadConfig({ VITE_ONSITE_SERVERS: servers });

describe('serverAllowed: which servers a build may connect to', () => {
  it.each<[string, ReturnType<typeof loadConfig>, string, boolean]>([
    ['none: not even https', production('none'), 'https://crm.example.com', false],
    ['any: an https server', production('any'), 'https://crm.example.com/SuperOffice', true],
    ['any: an https server on another port', production('any'), 'https://crm.example.com:8443', true],
    ['any, production: never plain http', production('any'), 'http://crm.example.com', false],
    ['any, production: not even to this device', production('any'), 'http://localhost:4100', false],
    ['any, development: this device over http', development('any'), 'http://localhost:4100', true],
    ['any, development: 127.0.0.1 too', development('any'), 'http://127.0.0.1:4100', true],
    ['any, development: not another host over http', development('any'), 'http://crm.example.com', false],
    ['any: no user name or password', production('any'), 'https://a:b@crm.example.com', false],
    ['any: not another scheme', production('any'), 'ftp://crm.example.com', false],
    ['any: not a non-URL', production('any'), 'crm.example.com', false],
    [
      'a list: a listed origin, any path',
      production('https://crm.example.com'),
      'https://crm.example.com/SO',
      true,
    ],
    ['a list: not another host', production('https://crm.example.com'), 'https://crm.example.org', false],
    [
      'a list: not another port',
      production('https://crm.example.com'),
      'https://crm.example.com:8443',
      false,
    ],
    [
      'a list: not the same host over http',
      production('https://crm.example.com'),
      'http://crm.example.com',
      false,
    ],
    [
      'a list: a look-alike host',
      production('https://crm.example.com'),
      'https://crm.example.com.evil.example',
      false,
    ],
    ['a list: plain http when listed', production('http://localhost:4100'), 'http://localhost:4100', true],
  ])('%s', (_rule, config, url, allowed) => {
    expect(serverAllowed(config, url)).toBe(allowed);
  });

  it('offers the Onsite choice unless the list is none', () => {
    expect(offersOnsite(production('none'))).toBe(false);
    expect(offersOnsite(production('any'))).toBe(true);
    expect(offersOnsite(production('https://crm.example.com'))).toBe(true);
  });
});
