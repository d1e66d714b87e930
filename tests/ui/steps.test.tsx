/**
 * Every question page, in every voice: it renders as a GOV.UK question page (the question is the
 * `<h1>` inside the legend), validates on submit only, and on error shows "There is a problem" with
 * focus, a link to the field that focuses its first input, "Error: " in the title, the same message
 * by the field, and keeps what was chosen. A valid choice gives the answer the contract's schema takes.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ROLES, SAFER_QUESTIONS, saferFields, TRIAGE_QUESTIONS, triageFields } from '../../schemas/answers';
import { COMMON, pageTitle } from '../../src/content/pages';
import { type StepCopy, saferStep, triageStep, type Voice } from '../../src/content/steps';
import { FocusOnMount } from '../../src/ui/components/Page';
import { QuestionPage } from '../../src/ui/components/QuestionPage';
import { isBooleanQuestion, saferStepSchema, triageStepSchema } from '../../src/ui/forms';

function renderStep(name: string, copy: StepCopy, schema: Parameters<typeof QuestionPage>[0]['schema']) {
  const onAnswer = vi.fn();
  const onBack = vi.fn();
  const user = userEvent.setup();
  render(
    <FocusOnMount.Provider value={true}>
      <QuestionPage
        name={name}
        copy={copy}
        schema={schema}
        initial={undefined}
        onAnswer={onAnswer}
        onBack={onBack}
      />
    </FocusOnMount.Provider>,
  );
  return { user, onAnswer, onBack };
}

const VOICES: Voice[] = [undefined, ...ROLES];

async function expectValidation(name: string, copy: StepCopy, user: ReturnType<typeof userEvent.setup>) {
  // Nothing shows before the first submit.
  expect(screen.queryByText(COMMON.errorSummaryTitle)).toBeNull();
  // The tab's title never repeats the question (it stays in the browser's history list).
  await waitFor(() => expect(document.title).toBe(pageTitle()));
  expect(document.title).not.toContain(copy.title);

  await user.click(screen.getByRole('button', { name: COMMON.continue }));

  const summary = screen.getByText(COMMON.errorSummaryTitle).closest('.govuk-error-summary') as HTMLElement;
  await waitFor(() => expect(summary).toHaveFocus());
  await waitFor(() => expect(document.title).toBe('Error: Support Pathway'));
  const link = within(summary).getByRole('link', { name: copy.error });
  expect(link).toHaveAttribute('href', `#${name}`);
  // The same words by the field, tied to the fieldset.
  const inline = document.getElementById(`${name}-error`);
  expect(inline).toHaveTextContent(copy.error);
  expect(screen.getByRole('group')).toHaveAttribute(
    'aria-describedby',
    expect.stringContaining(`${name}-error`),
  );
  // The link focuses the first input, and does not put a #fragment in the address bar.
  const before = window.location.href;
  await user.click(link);
  await waitFor(() => expect(document.getElementById(name)).toHaveFocus());
  expect(window.location.href).toBe(before);
}

describe('every self-service question page', () => {
  for (const question of TRIAGE_QUESTIONS) {
    for (const voice of VOICES) {
      it(`${question} (${voice ?? 'before the role is known'})`, async () => {
        const copy = triageStep(question, voice);
        const { user, onAnswer } = renderStep(question, copy, triageStepSchema(question, copy));

        const h1 = screen.getByRole('heading', { level: 1, name: copy.title });
        expect(h1.closest('legend')).not.toBeNull();
        await waitFor(() => expect(h1).toHaveFocus());
        if (copy.hint) expect(screen.getByText(copy.hint)).toHaveAttribute('id', `${question}-hint`);
        expect(copy.title).not.toMatch(/\*/);

        await expectValidation(question, copy, user);
        expect(onAnswer).not.toHaveBeenCalled();

        // Choose the first option: the error summary stays until the next submit; the choice is kept.
        const first = copy.options[0];
        if (!first) throw new Error('no options');
        await user.click(screen.getByLabelText(first.label));
        expect(screen.getByLabelText(first.label)).toBeChecked();
        await user.click(screen.getByRole('button', { name: COMMON.continue }));
        expect(onAnswer).toHaveBeenCalledTimes(1);
        const value = onAnswer.mock.calls[0]?.[0];
        expect(triageFields[question].safeParse(value).success).toBe(true);
        if (copy.kind === 'checkboxes') expect(value).toEqual([first.value]);
        else expect(value).toBe(isBooleanQuestion(question) ? first.value === 'yes' : first.value);
      });
    }
  }

  it('keeps every option unique and labelled', () => {
    for (const question of TRIAGE_QUESTIONS) {
      for (const voice of VOICES) {
        const copy = triageStep(question, voice);
        const all = [...copy.options, ...(copy.orOption ? [copy.orOption] : [])];
        expect(new Set(all.map((o) => o.value)).size).toBe(all.length);
        expect(new Set(all.map((o) => o.label)).size).toBe(all.length);
      }
    }
  });
});

describe('checkboxes with a "none" option', () => {
  it('clears the others when "none" is ticked, and "none" when another is ticked', async () => {
    const copy = triageStep('abuseTypes', 'self');
    const none = copy.orOption;
    if (!none) throw new Error('abuseTypes has no "none" option');
    const { user, onAnswer } = renderStep('abuseTypes', copy, triageStepSchema('abuseTypes', copy));
    const [a, b] = copy.options;
    if (!a || !b) throw new Error('too few options');
    await user.click(screen.getByLabelText(a.label));
    await user.click(screen.getByLabelText(b.label));
    await user.click(screen.getByLabelText(none.label));
    expect(screen.getByLabelText(a.label)).not.toBeChecked();
    expect(screen.getByLabelText(b.label)).not.toBeChecked();
    expect(screen.getByLabelText(none.label)).toBeChecked();
    await user.click(screen.getByRole('button', { name: COMMON.continue }));
    expect(onAnswer).toHaveBeenLastCalledWith([]);
    await user.click(screen.getByLabelText(a.label));
    expect(screen.getByLabelText(none.label)).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: COMMON.continue }));
    expect(onAnswer).toHaveBeenLastCalledWith([a.value]);
  });
});

describe('every SAFER question page', () => {
  for (const question of SAFER_QUESTIONS) {
    it(question, async () => {
      const copy = saferStep(question);
      const { user, onAnswer } = renderStep(question, copy, saferStepSchema(question, copy));
      await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: copy.title })).toHaveFocus());
      await expectValidation(question, copy, user);

      // "Not known yet" is offered on every criterion, and gives null.
      expect(copy.orOption?.label).toBe('Not known yet');
      await user.click(screen.getByLabelText('Not known yet'));
      await user.click(screen.getByRole('button', { name: COMMON.continue }));
      expect(onAnswer).toHaveBeenLastCalledWith(null);

      const first = copy.options[0];
      if (!first) throw new Error('no options');
      await user.click(screen.getByLabelText(first.label));
      await user.click(screen.getByRole('button', { name: COMMON.continue }));
      const value = onAnswer.mock.calls.at(-1)?.[0];
      expect(saferFields[question].safeParse(value).success).toBe(true);
    });
  }
});

describe('questions that must not offer a contradiction or a wrong door', () => {
  it('the SAFER landlord question never offers owner-occupier (an owner is never asked it; anyone else would contradict their housing)', () => {
    const copy = saferStep('landlordConsent');
    const { onAnswer } = renderStep('landlordConsent', copy, saferStepSchema('landlordConsent', copy));
    expect(onAnswer).not.toHaveBeenCalled();
    const values = [...copy.options, ...(copy.orOption ? [copy.orOption] : [])].map((o) => o.value);
    expect(values).not.toContain('owner-occupier');
    expect(values).toEqual(expect.arrayContaining(['yes', 'no', 'pending', 'not-known']));
    expect(screen.getAllByRole('radio')).toHaveLength(values.length);
  });

  it('a friend or relative can say they are not sure of the gender; not sure is a risk-sign option', () => {
    const gender = triageStep('gender', 'someone-else');
    expect(gender.orOption).toEqual(
      expect.objectContaining({ value: 'prefer-not-to-say', label: expect.stringMatching(/not sure/i) }),
    );
    const risk = triageStep('riskSigns', 'self');
    expect(risk.options.map((o) => o.value)).toContain('not-sure');
    const legal = triageStep('accessIsLegalRight', 'self');
    expect([...legal.options, legal.orOption].map((o) => o?.value)).toEqual(['yes', 'no', 'unsure']);
    expect(legal.hint).toMatch(/key is not a legal right/i);
  });
});
