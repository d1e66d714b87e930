import type { DestinationId } from '../../../schemas/directory';
import { findService, useDirectory } from '../useDirectory';
import { PhoneContact } from './PhoneContact';

/** The lines the start page offers to anyone not ready to answer questions. */
const START_HELPLINES: readonly DestinationId[] = ['national-da-helpline', 'victim-support'];

/**
 * Each voice line of the start page's helplines in the directory, written as on the result pages' cards.
 * Part of the start page that is rendered into index.html at build time, so it shows before any
 * JavaScript runs and when it cannot run.
 */
export function HelplineList() {
  const directory = useDirectory();
  return (
    <ul className="govuk-list app-helplines">
      {START_HELPLINES.map((id) => {
        const service = findService(directory, id);
        const lines = (service?.contacts ?? []).flatMap((c) =>
          c.type === 'phone' && c.phoneType === 'voice' ? [c] : [],
        );
        if (lines.length === 0) return null;
        return (
          <li key={id} data-directory-id={id}>
            {lines.map((line) => (
              <p className="govuk-body app-contact" key={line.number}>
                <PhoneContact contact={line} />
              </p>
            ))}
          </li>
        );
      })}
    </ul>
  );
}
