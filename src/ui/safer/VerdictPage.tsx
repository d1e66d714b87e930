import { useContext, useMemo } from 'react';
import { knownSaferAnswers } from '../../../machines/saferMachine';
import type { SaferAnswers } from '../../../schemas/answers';
import type { SaferResult } from '../../../schemas/output';
import { GAP_ACTIONS, VERDICT } from '../../content/results';
import { CRITERION_NAMES } from '../../content/safer';
import { checkSafer } from '../../engine';
import { ContactList } from '../components/ContactList';
import { CopySummary } from '../components/CopySummary';
import { CriteriaList } from '../components/CriteriaList';
import { EndButtons } from '../components/EndButtons';
import { Page, PageHeading } from '../components/Page';
import { PrintButton } from '../components/PrintButton';
import { SafeLink } from '../components/SafeLink';
import { listText } from '../format';
import { OtherCheckContext } from '../otherCheck';
import { findService, useDirectory } from '../useDirectory';
import type { CheckResultProps } from '../wizard/checkWizard';
import { referralSummary } from './referralSummary';

/** The verdict in a few words. */
export function verdictTitle(result: SaferResult): string {
  if (result.verdict === 'eligible') return VERDICT.eligibleTitle;
  if (result.verdict === 'not-eligible') return VERDICT.notEligibleTitle;
  return VERDICT.eligibleOnceTitle(result.criteria.filter((c) => c.status === 'unknown').length);
}

/**
 * The SAFER verdict, to trust at a glance: the verdict in a few words, every rule met / not met / not
 * known yet with its reason, what to do next (and where the referral form is, when a referral is the
 * next step), the alternatives, the way to the MARAC check, and the summary to copy only when they
 * are eligible.
 */
export function VerdictPage({ answers: draft, onBack, onStartAgain }: CheckResultProps<SaferAnswers>) {
  const directory = useDirectory();
  const other = useContext(OtherCheckContext);
  const result = useMemo(() => checkSafer(knownSaferAnswers(draft)), [draft]);
  const title = verdictTitle(result);
  const gaps = result.criteria.filter((c) => c.status !== 'met');
  const failed = result.criteria.filter((c) => c.status === 'not-met').map((c) => CRITERION_NAMES[c.id]);
  const eligible = result.verdict === 'eligible';

  return (
    <Page title={title} onBack={onBack}>
      <PageHeading className="govuk-heading-xl">{title}</PageHeading>
      <p className="govuk-body-l" data-testid="verdict-lead">
        {eligible
          ? VERDICT.eligibleLead
          : result.verdict === 'not-eligible'
            ? VERDICT.notEligibleLead(listText(failed), failed.length)
            : VERDICT.eligibleOnceLead}
      </p>

      <h2 className="govuk-heading-l">{VERDICT.criteriaTitle}</h2>
      <CriteriaList
        rows={result.criteria.map((c) => ({ ...c, name: CRITERION_NAMES[c.id] }))}
        statusLabels={VERDICT.status}
        attribute="data-criterion"
      />

      {eligible ? (
        <>
          <h2 className="govuk-heading-l">{VERDICT.formTitle}</h2>
          <p className="govuk-body">{VERDICT.formText}</p>
          <p className="govuk-body">
            <SafeLink href={VERDICT.formHref} newTab>
              {VERDICT.formLink}
            </SafeLink>
          </p>
        </>
      ) : null}

      {gaps.length > 0 ? (
        <>
          <h2 className="govuk-heading-l">{VERDICT.gapsTitle}</h2>
          <ul className="govuk-list govuk-list--bullet">
            {gaps.map((c) => (
              <li key={c.id}>
                <strong>{CRITERION_NAMES[c.id]}:</strong>{' '}
                {GAP_ACTIONS[c.id][c.status === 'unknown' ? 'unknown' : 'not-met']}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {result.alternatives.length > 0 ? (
        <>
          <h2 className="govuk-heading-l">{VERDICT.alternativesTitle}</h2>
          {result.alternatives.map((alt) => {
            const service = findService(directory, alt.id);
            return (
              <div className="app-card" key={alt.id} data-alternative={alt.id}>
                <h3 className="govuk-heading-m" id={`alt-${alt.id}`}>
                  {service?.name ?? alt.id}
                </h3>
                <p className="govuk-body">{alt.reason}</p>
                {service && service.contacts.length > 0 ? <ContactList contacts={service.contacts} /> : null}
              </div>
            );
          })}
        </>
      ) : null}

      {other ? (
        <div className="app-no-print" data-other-check="marac">
          <h2 className="govuk-heading-l">{VERDICT.maracTitle}</h2>
          <p className="govuk-body">{VERDICT.maracText}</p>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={other.openMarac}>
            {VERDICT.maracButton}
          </button>
        </div>
      ) : null}

      {eligible ? (
        <CopySummary
          summary={referralSummary(title, result, directory)}
          words={{
            title: VERDICT.summaryTitle,
            lead: VERDICT.summaryLead,
            copy: VERDICT.copy,
            copied: VERDICT.copied,
            copyFailed: VERDICT.copyFailed,
          }}
        />
      ) : null}
      <PrintButton label={VERDICT.print} warning={VERDICT.printWarning} />
      <EndButtons onStartAgain={onStartAgain} onBack={onBack} changeAnswers={VERDICT.changeAnswers} />
    </Page>
  );
}
