import { describe, expect, it } from 'vitest';
import { parsePrincipal } from './current-principal.ts';

describe('who currentPrincipal says is signed in', () => {
  it.each([
    [
      "SuperOffice's answer: Associate is the login name, AssociateId the number",
      { Associate: 'ANLA', AssociateId: 101, FullName: 'Anna Larsen', UserName: 'anna@example.com' },
      { fullName: 'Anna Larsen', loginName: 'ANLA' },
    ],
    [
      'no full name: the SuperID user name instead',
      { Associate: 'AL', AssociateId: 101, FullName: '', UserName: 'anna@example.com' },
      { fullName: 'anna@example.com', loginName: 'AL' },
    ],
    [
      'an associate id is never taken for the login name',
      { AssociateId: 101, FullName: 'Anna Larsen' },
      { fullName: 'Anna Larsen', loginName: '' },
    ],
    [
      'a login name that is not text is left out',
      { Associate: 7, FullName: 'A' },
      { fullName: 'A', loginName: '' },
    ],
    ['an answer that is not an object', null, { fullName: '', loginName: '' }],
  ])('%s', (_, json, principal) => {
    expect(parsePrincipal(json)).toEqual(principal);
  });
});
