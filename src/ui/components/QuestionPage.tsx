import { zodResolver } from '@hookform/resolvers/zod';
import { type FormEvent, useLayoutEffect, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import type * as z from 'zod/mini';
import { COMMON } from '../../content/pages';
import type { StepCopy } from '../../content/steps';
import type { FormValue, StepForm } from '../forms';
import { Choices } from './Choices';
import { ErrorSummary } from './ErrorSummary';
import { Page } from './Page';

interface Props {
  /** The answers key this page asks: the field's name and its first input's id. */
  name: string;
  copy: StepCopy;
  schema: z.ZodMiniType<Record<string, unknown>, StepForm>;
  /** The answer given before (Back, or Change from check answers), as the form holds it. */
  initial: FormValue;
  onAnswer: (value: unknown) => void;
  /** Each change of the answer: the answer as Continue would send it, or undefined if not valid. */
  onDraft?: (value: unknown) => void;
  onBack: () => void;
}

/**
 * One question on one page. Validated on submit only: on error, "There is a problem" at the top takes
 * focus, links to the field, the title starts "Error: ", the message shows by the field, and what was
 * chosen stays chosen.
 *
 * A valid answer goes to the machine inside the submit event (the step's schema parses synchronously),
 * so the next page renders in the same task; react-hook-form's handleSubmit (asynchronous: its
 * resolver and callback run microtasks later) handles only an answer that is not valid, to set the
 * error and count the submit as before.
 */
export function QuestionPage({ name, copy, schema, initial, onAnswer, onDraft, onBack }: Props) {
  const start: FormValue = useMemo(
    () => initial ?? (copy.kind === 'checkboxes' ? [] : null),
    [initial, copy.kind],
  );
  const {
    control,
    handleSubmit,
    getValues,
    getFieldState,
    setValue,
    reset,
    formState: { errors, submitCount },
  } = useForm<StepForm, unknown, Record<string, unknown>>({
    resolver: zodResolver(schema),
    defaultValues: { [name]: start },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  // Shown again after it was left by Back (the wizard keeps the page it expects next, hidden): it
  // starts again from the answer the machine holds, as a page made new would, without what was ticked
  // and not sent, or an error. (Layout effects run each time the page is shown.)
  // biome-ignore lint/correctness/useExhaustiveDependencies: each time the page is shown, not on change
  useLayoutEffect(() => {
    if (getFieldState(name).error || JSON.stringify(getValues(name)) !== JSON.stringify(start))
      reset({ [name]: start });
  }, []);
  const message = errors[name]?.message;
  const error = typeof message === 'string' ? message : undefined;

  // The page is made once for its props and the form's error. react-hook-form re-renders the page
  // each time it is shown (its layout effect marks the form ready again), as when a page made ahead is
  // revealed by Continue: the same elements let React skip the page's whole form in that press.
  // (The choices re-render on their own when the answer changes: useWatch.)
  return useMemo(() => {
    const onSubmit = (event: FormEvent<HTMLFormElement>) => {
      const parsed = schema.safeParse(getValues());
      if (parsed.success) {
        event.preventDefault();
        onAnswer(parsed.data[name]);
        return;
      }
      void handleSubmit((values) => onAnswer(values[name]))(event);
    };
    const onChange = (next: FormValue) => {
      setValue(name, next);
      if (!onDraft) return;
      const parsed = schema.safeParse(getValues());
      onDraft(parsed.success ? parsed.data[name] : undefined);
    };
    return (
      <Page title={copy.title} error={Boolean(error)} onBack={onBack}>
        {error ? <ErrorSummary key={submitCount} errors={[{ field: name, message: error }]} /> : null}
        <form noValidate onSubmit={onSubmit}>
          <Choices name={name} copy={copy} control={control} onChange={onChange} error={error} />
          <button type="submit" className="govuk-button">
            {COMMON.continue}
          </button>
        </form>
      </Page>
    );
  }, [
    name,
    copy,
    schema,
    onAnswer,
    onDraft,
    onBack,
    error,
    submitCount,
    control,
    getValues,
    setValue,
    handleSubmit,
  ]);
}
