/**
 * safeHref: only https:, tel:, sms: and mailto: links are ever rendered, even for a contact that
 * somehow got past the schema.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../../schemas/directory';
import { bundledDirectory } from '../../src/directory/bundled';
import { isSafeHref, safeHref } from '../../src/engine/links';

const all = bundledDirectory.services.flatMap((s) => s.contacts.map((c) => ({ id: s.id, contact: c })));
const hostile = (contact: Record<string, unknown>) => contact as unknown as Contact;

describe('safeHref on the bundled directory', () => {
  it('gives every contact a safe link or none', () => {
    for (const { id, contact } of all) {
      const href = safeHref(contact);
      if (href !== undefined) expect(isSafeHref(href), `${id}: ${href}`).toBe(true);
    }
  });

  it('dials a phone number by its digits, and texts a text line', () => {
    for (const { contact } of all) {
      if (contact.type !== 'phone') continue;
      const scheme = contact.phoneType === 'text' ? 'sms:' : 'tel:';
      expect(safeHref(contact)).toBe(`${scheme}${contact.number.replace(/ /g, '')}`);
    }
    expect(all.some(({ contact }) => contact.type === 'phone' && contact.phoneType === 'text')).toBe(true);
  });

  it('dials 999 and 101, but not 55 on its own', () => {
    const codes = all.flatMap(({ contact }) => (contact.type === 'short-code' ? [contact] : []));
    for (const code of codes)
      expect(safeHref(code)).toBe(code.number === '55' ? undefined : `tel:${code.number}`);
    expect(codes.map((c) => c.number)).toEqual(expect.arrayContaining(['999', '101', '55']));
  });

  it('links web, chat and BSL contacts with an address to that https address', () => {
    for (const { contact } of all) {
      if ((contact.type === 'web' || contact.type === 'chat' || contact.type === 'bsl') && contact.url) {
        expect(safeHref(contact)).toBe(new URL(contact.url).href);
      }
    }
  });

  it('gives Relay UK and an address no link', () => {
    for (const { contact } of all) {
      if (contact.type === 'relay' || contact.type === 'in-person') expect(safeHref(contact)).toBeUndefined();
    }
  });
});

describe('safeHref on contacts that got past the schema', () => {
  for (const url of [
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'http://example.org/',
    'https://user:secret@example.org/',
    ' https://example.org/',
    'https://exa mple.org/',
    'vbscript:msgbox(1)',
    '//example.org/',
    '',
  ]) {
    it(`refuses the web address ${JSON.stringify(url)}`, () => {
      expect(safeHref(hostile({ type: 'web', label: 'x', url }))).toBeUndefined();
      expect(safeHref(hostile({ type: 'chat', label: 'x', url }))).toBeUndefined();
    });
  }

  for (const number of ['999;ext=1', '+44 808', 'javascript:alert(1)', '12', '999#', '0808\u00a0168']) {
    it(`refuses the phone number ${JSON.stringify(number)}`, () => {
      expect(safeHref(hostile({ type: 'phone', phoneType: 'voice', number }))).toBeUndefined();
    });
  }

  for (const address of ['a@b.c?bcc=x@y.z', 'a@b', 'javascript:alert(1)@x.y', 'a b@c.d', 'a@b.c\n']) {
    it(`refuses the email address ${JSON.stringify(address)}`, () => {
      expect(safeHref(hostile({ type: 'email', address }))).toBeUndefined();
    });
  }

  it('gives an email address a mailto: link', () => {
    expect(safeHref(hostile({ type: 'email', address: 'help@example.org' }))).toBe('mailto:help@example.org');
  });

  it('never returns anything but a safe scheme, whatever the input', () => {
    const type = fc.constantFrom(
      'phone',
      'short-code',
      'web',
      'chat',
      'bsl',
      'relay',
      'email',
      'in-person',
      'x',
    );
    fc.assert(
      fc.property(
        type,
        fc.string(),
        fc
          .tuple(fc.constantFrom('https://', 'http://', 'javascript:', 'tel:', 'data:', ''), fc.string())
          .map(([scheme, rest]) => scheme + rest),
        fc.constantFrom('voice', 'text', 'video'),
        (t, s, url, phoneType) => {
          for (const contact of [
            { type: t, number: s, url: s, address: s, label: s, phoneType },
            { type: t, number: s, url, address: s, label: s, phoneType },
          ]) {
            const href = safeHref(hostile(contact));
            if (href !== undefined) expect(isSafeHref(href)).toBe(true);
          }
        },
      ),
    );
  });
});

describe('isSafeHref', () => {
  it('accepts the four schemes and nothing else', () => {
    for (const href of ['https://example.org/', 'tel:999', 'sms:07000', 'mailto:a@b.c']) {
      expect(isSafeHref(href), href).toBe(true);
    }
    for (const href of [
      'http://example.org/',
      'javascript:alert(1)',
      'data:,x',
      '/relative',
      'ftp://x',
      '',
    ]) {
      expect(isSafeHref(href), href).toBe(false);
    }
  });
});
