/**
 * The reasons speak to the person answering: "you" for someone asking for themselves (and to a child
 * as a child), "they" for a friend's or a professional's question. Jargon is explained where it is used.
 */
import { describe, expect, it } from 'vitest';
import type { TriageAnswers } from '../../schemas/answers';
import { reasonText } from '../../src/content/reasons';

const self: TriageAnswers = { role: 'self', immediateDanger: false, ageBand: '18-plus' };
const friend: TriageAnswers = { role: 'someone-else', immediateDanger: false, ageBand: '18-plus' };

describe('the reasons’ voice', () => {
  it('tells a 15-year-old asking for themselves about themselves, not about "the person"', () => {
    const text = reasonText('under-16', { ...self, ageBand: 'under-16' });
    expect(text).toContain('you are under 16');
    expect(text).not.toContain('the person');
  });

  it('tells a man he is a man, and a friend that the person they help is', () => {
    expect(reasonText('male', { ...self, gender: 'male' })).toMatch(/^You told us you are a man\./);
    const forFriend = reasonText('male', { ...friend, gender: 'male' });
    expect(forFriend).toContain('the person you are helping is a man');
    expect(forFriend).not.toContain('the person harmed');
  });

  it('speaks of "they" to a friend where the answer was about the person they help', () => {
    for (const code of [
      'children',
      'wants-help-for-children',
      'wants-safety-plan',
      'wants-check-history',
    ] as const) {
      const text = reasonText(code, friend);
      expect(text, code).not.toMatch(/\byou want\b|\byour home\b/);
      expect(reasonText(code, self), code).toMatch(/\byou\b|\byour\b/);
    }
  });

  it('explains IDVA, the Silent Solution and a drop-in where it names them', () => {
    expect(reasonText('not-a-risk-assessment', self)).toMatch(
      /IDVA \(an independent domestic violence advisor/,
    );
    expect(reasonText('silent-solution', self)).toMatch(/This is called the Silent Solution/);
    expect(reasonText('anonymous', self)).toMatch(/drop-in \(/);
  });
});
