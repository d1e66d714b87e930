import { useDeferredValue, useLayoutEffect, useMemo, useState } from 'react';
import type { TriageAnswers } from '../../../schemas/answers';
import { DEVICE_SAFETY } from '../../content/pages';
import { GROUP_SHOW, GROUP_TITLES, PRINT, RESULT, resultWording } from '../../content/results';
import { runTriage } from '../../engine';
import { DoThisNow } from '../components/DoThisNow';
import { EndButtons } from '../components/EndButtons';
import { Page, PageHeading } from '../components/Page';
import { PrintButton } from '../components/PrintButton';
import { PrintSheet } from '../components/PrintSheet';
import { ServiceCard } from '../components/ServiceCard';
import { layoutResult, momentKey } from '../resultLayout';
import { findService, useDirectory } from '../useDirectory';

interface Props {
  answers: TriageAnswers;
  onBack: () => void;
  onStartAgain: () => void;
  /** The time "open now" is worked out for (tests pin it). */
  at?: Date;
}

/**
 * The result: "Do this now" (one contact open now, and why) first, inside the first phone screen;
 * then every recommendation under a few plain headings, each group folded (`<details>`, which works
 * without JavaScript and with screen readers) unless it holds what the person said they want. Each
 * number or web address is a link once on the page. In print, one page of contacts and their hours.
 */
export function ResultPage({ answers, onBack, onStartAgain, at }: Props) {
  const directory = useDirectory();
  const [moment, setMoment] = useState(() => new Date());
  const time = at ?? moment;
  // The wizard makes this page ahead, while "Check your answers" is read, and shows it later: if the
  // time has moved on enough to change what it shows (a line opened or closed, the date), it is
  // worked out again for the moment it is shown. (Layout effects run each time the page is shown.)
  // biome-ignore lint/correctness/useExhaustiveDependencies: each time the page is shown, not on change
  useLayoutEffect(() => {
    if (at) return;
    const now = new Date();
    if (momentKey(directory, now) !== momentKey(directory, moment)) setMoment(now);
  }, []);
  const { result, layout } = useMemo(() => {
    const result = runTriage(answers, { at: time, directory });
    return { result, layout: layoutResult(result.recommendations, directory, time) };
  }, [answers, directory, time]);
  const wording = resultWording(answers.role, answers.ageBand === 'under-16');
  const nowRec = layout.now ? result.recommendations.find((r) => r.id === layout.now?.id) : undefined;
  const digital = answers.abuseTypes?.includes('digital') === true;
  const [withReasons, setWithReasons] = useState(false);
  // The folded groups' cards (about three quarters of the page) follow in a second render, so the
  // first screen paints first on a slow phone; the open groups, "Do this now" and the printout are
  // in the first render.
  const folded = useDeferredValue(true, false);

  return (
    <Page title={wording.title} onBack={onBack}>
      {/* data-pending: the folded cards are still to come (tests wait for the page to be whole). */}
      <div className="app-no-print" data-pending={folded ? undefined : 'folded-groups'}>
        <PageHeading className="govuk-heading-l">{wording.title}</PageHeading>
        {layout.now && nowRec ? (
          <DoThisNow
            action={layout.now}
            recommendation={nowRec}
            service={findService(directory, layout.now.id)}
          />
        ) : null}
        <p className="govuk-body">{wording.intro}</p>
        {layout.groups.map((group) => (
          <section key={group.id} aria-labelledby={`group-${group.id}`} className="app-group">
            <h2 className="govuk-heading-m" id={`group-${group.id}`}>
              {GROUP_TITLES[group.id]}
            </h2>
            <details className="govuk-details app-group__details" open={group.open}>
              <summary className="govuk-details__summary">
                <span className="govuk-details__summary-text">{GROUP_SHOW(group.cards.length)}</span>
              </summary>
              <div className="govuk-details__text app-group__cards">
                {group.open || folded
                  ? group.cards.map((card) => (
                      <ServiceCard
                        key={card.recommendation.id}
                        recommendation={card.recommendation}
                        service={card.service}
                        contacts={card.contacts}
                        at={time}
                      />
                    ))
                  : null}
              </div>
            </details>
          </section>
        ))}
        {digital ? (
          <section aria-labelledby="device-safety" className="app-device-safety">
            <h2 className="govuk-heading-m" id="device-safety">
              {DEVICE_SAFETY.title}
            </h2>
            <ul className="govuk-list govuk-list--bullet">
              {DEVICE_SAFETY.points.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
      <PrintSheet layout={layout} printedOn={time} withReasons={withReasons} />
      <PrintButton option={{ label: PRINT.includeReasons, checked: withReasons, onChange: setWithReasons }} />
      <p className="govuk-body app-no-print">{RESULT.startAgainText}</p>
      <EndButtons onStartAgain={onStartAgain} onBack={onBack} changeAnswers={RESULT.changeAnswers} />
    </Page>
  );
}
