import { useMemo, useState } from 'react';
import { driveSafer } from '../../../machines/drive';
import { knownSaferAnswers, type SaferDraft } from '../../../machines/saferMachine';
import type { SaferResult } from '../../../schemas/output';
import { COMMON } from '../../content/pages';
import { GAP_ACTIONS, ONCE_KNOWN, VERDICT } from '../../content/results';
import { CRITERION_NAMES } from '../../content/safer';
import { checkSafer } from '../../engine';
import { ContactList } from '../components/ContactList';
import { Page, PageHeading } from '../components/Page';
import { PrintButton } from '../components/PrintButton';
import { listText } from '../format';
import { findService, useDirectory } from '../useDirectory';
import { referralSummary } from './referralSummary';

export function verdictTitle(result: SaferResult): string {
  if (result.verdict === 'eligible') return VERDICT.eligibleTitle;
  if (result.verdict === 'not-eligible') return VERDICT.notEligibleTitle;
  return VERDICT.eligibleOnceTitle(
    listText(result.criteria.filter((c) => c.status === 'unknown').map((c) => ONCE_KNOWN[c.id])),
  );
}

interface Props {
  draft: SaferDraft;
  onBack: () => void;
  onStartAgain: () => void;
}

/** The SAFER verdict: every criterion with its status and reason, what to do, alternatives, summary. */
export function VerdictPage({ draft, onBack, onStartAgain }: Props) {
  const directory = useDirectory();
  const { result, asked } = useMemo(() => {
    const known = knownSaferAnswers(draft);
    return { result: checkSafer(known), asked: driveSafer(known).asked };
  }, [draft]);
  const title = verdictTitle(result);
  const summary = referralSummary(title, result, asked, draft, directory);
  const gaps = result.criteria.filter((c) => c.status !== 'met');
  const failed = result.criteria.filter((c) => c.status === 'not-met').map((c) => CRITERION_NAMES[c.id]);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(summary);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };

  return (
    <Page title={title} onBack={onBack}>
      <PageHeading className="govuk-heading-xl">{title}</PageHeading>
      <p className="govuk-body-l">
        {result.verdict === 'eligible'
          ? VERDICT.eligibleLead
          : result.verdict === 'not-eligible'
            ? VERDICT.notEligibleLead(listText(failed))
            : VERDICT.eligibleOnceLead}
      </p>

      <h2 className="govuk-heading-l">{VERDICT.criteriaTitle}</h2>
      <dl className="govuk-summary-list app-criteria">
        {result.criteria.map((c) => (
          <div className="govuk-summary-list__row" key={c.id} data-criterion={c.id} data-status={c.status}>
            <dt className="govuk-summary-list__key">{CRITERION_NAMES[c.id]}</dt>
            <dd className="govuk-summary-list__value">
              <strong className={`app-tag app-tag--${c.status}`}>{VERDICT.status[c.status]}</strong>
              <span className="app-criteria__reason">{c.reason}</span>
            </dd>
          </div>
        ))}
      </dl>

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

      <h2 className="govuk-heading-l">{VERDICT.summaryTitle}</h2>
      <p className="govuk-body">{VERDICT.summaryLead}</p>
      <pre className="app-summary-text" data-testid="referral-summary">
        {summary}
      </pre>
      <div className="govuk-button-group app-no-print">
        <button type="button" className="govuk-button" onClick={copy}>
          {VERDICT.copy}
        </button>
      </div>
      <div role="status" className="app-no-print">
        {copyState === 'copied' ? (
          <p className="govuk-body app-confirmation">{VERDICT.copied}</p>
        ) : copyState === 'failed' ? (
          <p className="govuk-body app-error-text">{VERDICT.copyFailed}</p>
        ) : null}
      </div>
      <PrintButton label={VERDICT.print} warning={VERDICT.printWarning} />
      <div className="govuk-button-group app-no-print">
        <button type="button" className="govuk-button govuk-button--warning" onClick={onStartAgain}>
          {COMMON.startAgain}
        </button>
        <button type="button" className="govuk-link app-link-button" onClick={onBack}>
          {VERDICT.changeAnswers}
        </button>
      </div>
    </Page>
  );
}
