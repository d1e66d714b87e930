import { useContext, useMemo } from 'react';
import { knownMaracAnswers } from '../../../machines/maracMachine';
import { type MaracAnswers, NEXT_STEP_SERVICES, type NextStepId } from '../../../schemas/marac';
import {
  AREA_CRITERION,
  MARAC_FORM,
  MARAC_PAGE,
  MARAC_VERDICT_TITLES,
  NEXT_STEP_COPY,
  THRESHOLD_NAMES,
} from '../../content/marac';
import { checkMarac } from '../../engine';
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
import { maracSummary } from './maracSummary';

/**
 * The MARAC result, to trust at a glance: the verdict in a few words, each threshold (and the area)
 * met / not met / not known with its reason, what to do next, and, where a referral is the next
 * step, the summary to copy into the referral form.
 */
export function MaracResultPage({ answers: draft, onBack, onStartAgain }: CheckResultProps<MaracAnswers>) {
  const directory = useDirectory();
  const other = useContext(OtherCheckContext);
  const result = useMemo(() => checkMarac(knownMaracAnswers(draft)), [draft]);
  const title = MARAC_VERDICT_TITLES[result.verdict];
  const met = listText(result.thresholds.filter((t) => t.status === 'met').map((t) => THRESHOLD_NAMES[t.id]));
  const referral = result.verdict === 'refer' || result.verdict === 'refer-where-they-live';
  const rows = [
    ...result.thresholds.map((t) => ({
      id: t.id,
      name: THRESHOLD_NAMES[t.id],
      status: t.status,
      reason: t.reason,
    })),
    { id: 'area', name: AREA_CRITERION, status: result.area.status, reason: result.area.reason },
  ];

  const step = (id: NextStepId, reason: string) => {
    const serviceId = NEXT_STEP_SERVICES[id];
    const service = serviceId ? findService(directory, serviceId) : undefined;
    return (
      <li key={id} data-next={id} className="app-next-step">
        <h3 className="govuk-heading-m">{NEXT_STEP_COPY[id].title}</h3>
        <p className="govuk-body">{reason}</p>
        {id === 'marac-referral-form' ? (
          <p className="govuk-body">
            <SafeLink href={MARAC_FORM.href} newTab>
              {MARAC_PAGE.formLink}
            </SafeLink>
          </p>
        ) : null}
        {id === 'safer-check' && other ? (
          <>
            <p className="govuk-body">{MARAC_PAGE.saferLeave}</p>
            <button type="button" className="govuk-button govuk-button--secondary" onClick={other.openSafer}>
              {MARAC_PAGE.saferButton}
            </button>
          </>
        ) : null}
        {service && service.contacts.length > 0 ? <ContactList contacts={service.contacts} /> : null}
      </li>
    );
  };

  return (
    <Page title={title} onBack={onBack}>
      <PageHeading className="govuk-heading-xl">{title}</PageHeading>
      <p className="govuk-body-l" data-testid="verdict-lead">
        {MARAC_PAGE.leads[result.verdict](met)}
      </p>

      <h2 className="govuk-heading-l">{MARAC_PAGE.thresholdsTitle}</h2>
      <CriteriaList rows={rows} statusLabels={MARAC_PAGE.status} attribute="data-threshold" />

      <h2 className="govuk-heading-l">{MARAC_PAGE.nextTitle}</h2>
      <ol className="govuk-list govuk-list--number app-next-steps">
        {result.next.map((n) => step(n.id, n.reason))}
      </ol>

      {referral ? <CopySummary summary={maracSummary(result)} words={MARAC_PAGE.summary} /> : null}
      <PrintButton label={MARAC_PAGE.print} warning={MARAC_PAGE.printWarning} />
      <EndButtons onStartAgain={onStartAgain} onBack={onBack} changeAnswers={MARAC_PAGE.changeAnswers} />
    </Page>
  );
}
