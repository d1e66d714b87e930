import type { DestinationId } from '../../../schemas/directory';
import { START } from '../../content/pages';
import { safeHref } from '../../engine/links';
import { findService, useDirectory } from '../useDirectory';
import { SafeLink } from './SafeLink';

/** The lines the start page offers to anyone not ready to answer questions. */
export const START_HELPLINES: readonly DestinationId[] = ['national-da-helpline', 'victim-support'];

/**
 * Each voice line of these directory entries, as GOV.UK writes contact details: who, the number, when.
 * Part of the start page that is rendered into index.html at build time, so it shows before any
 * JavaScript runs and when it cannot run.
 */
export function HelplineList({ ids = START_HELPLINES }: { ids?: readonly DestinationId[] }) {
  const directory = useDirectory();
  return (
    <ul className="govuk-list app-helplines">
      {ids.map((id) => {
        const service = findService(directory, id);
        const lines = (service?.contacts ?? []).flatMap((c) =>
          c.type === 'phone' && c.phoneType === 'voice' ? [c] : [],
        );
        if (lines.length === 0) return null;
        return (
          <li key={id} data-directory-id={id}>
            {lines.map((line) => (
              <p className="govuk-body" key={line.number}>
                <strong>{line.label}</strong>
                <br />
                {START.telephone} <SafeLink href={safeHref(line)}>{line.number}</SafeLink>
                {line.hours ? (
                  <>
                    <br />
                    {line.hours.description}
                  </>
                ) : null}
              </p>
            ))}
          </li>
        );
      })}
    </ul>
  );
}
