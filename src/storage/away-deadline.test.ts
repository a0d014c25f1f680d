// @vitest-environment happy-dom
import { markAway, takeAwayDeadline } from './away-deadline.ts';
import { AWAY_KEY } from '../shared/boot-contract.ts';

afterEach(() => localStorage.clear());

test('the deadline is kept where the relaunch’s boot code reads it, and taken once', () => {
  markAway(12345);
  expect(localStorage.getItem(AWAY_KEY)).toBe('12345');
  expect(takeAwayDeadline()).toBe(12345);
  expect(takeAwayDeadline()).toBeNull();
  expect(localStorage.getItem(AWAY_KEY)).toBeNull();
});

test('no Auto logout: no deadline', () => {
  markAway(12345);
  markAway(null);
  expect(takeAwayDeadline()).toBeNull();
});

test('a deadline a previous launch left is read (the app was closed while away)', () => {
  localStorage.setItem(AWAY_KEY, '999');
  expect(takeAwayDeadline()).toBe(999);
});

test('an unreadable deadline counts as past', () => {
  localStorage.setItem(AWAY_KEY, 'tomorrow');
  expect(takeAwayDeadline()).toBe(0);
});
