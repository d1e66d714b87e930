import { zodResolver } from '@hookform/resolvers/zod';
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
  onBack: () => void;
}

/**
 * One question on one page. Validated on submit only: on error, "There is a problem" at the top takes
 * focus, links to the field, the title starts "Error: ", the message shows by the field, and what was
 * chosen stays chosen.
 */
export function QuestionPage({ name, copy, schema, initial, onAnswer, onBack }: Props) {
  const {
    control,
    handleSubmit,
    formState: { errors, submitCount },
  } = useForm<StepForm, unknown, Record<string, unknown>>({
    resolver: zodResolver(schema),
    defaultValues: { [name]: initial ?? (copy.kind === 'checkboxes' ? [] : null) },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  const message = errors[name]?.message;
  const error = typeof message === 'string' ? message : undefined;

  return (
    <Page title={copy.title} error={Boolean(error)} onBack={onBack}>
      {error ? <ErrorSummary key={submitCount} errors={[{ field: name, message: error }]} /> : null}
      <form noValidate onSubmit={handleSubmit((values) => onAnswer(values[name]))}>
        <Choices name={name} copy={copy} control={control} error={error} />
        <button type="submit" className="govuk-button">
          {COMMON.continue}
        </button>
      </form>
    </Page>
  );
}
