import { useMemo } from 'react';
import type { TriageAnswers } from '../../../schemas/answers';
import { COMMON } from '../../content/pages';
import { RESULT, resultWording } from '../../content/results';
import { runTriage } from '../../engine';
import { Page, PageHeading } from '../components/Page';
import { PrintButton } from '../components/PrintButton';
import { ServiceCard } from '../components/ServiceCard';
import { findService, useDirectory } from '../useDirectory';

interface Props {
  answers: TriageAnswers;
  onBack: () => void;
  onStartAgain: () => void;
  /** The time "open now" is worked out for (tests pin it). */
  at?: Date;
}

/**
 * The engine's recommendations, in its order: the best next step first and highlighted, then other
 * help, then court orders and the law in a section of their own (each section keeps the engine's order).
 */
export function ResultPage({ answers, onBack, onStartAgain, at }: Props) {
  const directory = useDirectory();
  const result = useMemo(
    () => runTriage(answers, { at: at ?? new Date(), directory }),
    [answers, directory, at],
  );
  const wording = resultWording(answers.role, answers.ageBand === 'under-16');
  const [best, ...rest] = result.recommendations;
  const others = rest.filter((r) => r.kind !== 'legal-option');
  const legal = rest.filter((r) => r.kind === 'legal-option');

  return (
    <Page title={wording.title} onBack={onBack}>
      <PageHeading className="govuk-heading-xl">{wording.title}</PageHeading>
      <p className="govuk-body-l">{wording.intro}</p>
      {best ? (
        <section aria-labelledby="best-next-step">
          <h2 className="govuk-heading-l" id="best-next-step">
            {RESULT.bestNextStep}
          </h2>
          <ServiceCard recommendation={best} service={findService(directory, best.id)} best />
        </section>
      ) : null}
      {others.length > 0 ? (
        <section aria-labelledby="more-help">
          <h2 className="govuk-heading-l" id="more-help">
            {RESULT.moreHelp}
          </h2>
          {others.map((rec) => (
            <ServiceCard key={rec.id} recommendation={rec} service={findService(directory, rec.id)} />
          ))}
        </section>
      ) : null}
      {legal.length > 0 ? (
        <section aria-labelledby="legal-options">
          <h2 className="govuk-heading-l" id="legal-options">
            {RESULT.legalTitle}
          </h2>
          <p className="govuk-body">{RESULT.legalIntro}</p>
          {legal.map((rec) => (
            <ServiceCard key={rec.id} recommendation={rec} service={findService(directory, rec.id)} />
          ))}
        </section>
      ) : null}
      <PrintButton />
      <p className="govuk-body app-no-print">{RESULT.startAgainText}</p>
      <div className="govuk-button-group app-no-print">
        <button type="button" className="govuk-button govuk-button--warning" onClick={onStartAgain}>
          {COMMON.startAgain}
        </button>
        <button type="button" className="govuk-link app-link-button" onClick={onBack}>
          {RESULT.changeAnswers}
        </button>
      </div>
    </Page>
  );
}
