import { describe, expect, it } from 'vitest';
import { allowedHref } from '../../src/ui/safeHref';

describe('allowedHref: the last gate before a link is rendered', () => {
  it.each([
    'https://www.domesticabuseservices.org.uk',
    'https://example.org/path?q=1#top',
    'tel:999',
    'tel:08081689276',
    'sms:07765897211',
    'mailto:help@example.org',
  ])('lets %s through', (href) => expect(allowedHref(href)).toBe(href));

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'http://example.org',
    '//example.org',
    '/relative',
    '#fragment',
    'file:///etc/passwd',
    'https://user:pass@example.org',
    'tel:0808 168 9276',
    'tel:+448081689276',
    'tel:999;ext=1',
    'sms:0800javascript',
    ' https://example.org',
    'https://example.org/ with space',
    'https:\\\\example.org',
    '',
  ])('refuses %j', (href) => expect(allowedHref(href)).toBeUndefined());

  it('refuses what is not a string', () => {
    expect(allowedHref(undefined)).toBeUndefined();
    expect(allowedHref(null)).toBeUndefined();
  });
});
