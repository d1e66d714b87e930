import { Fragment } from 'react';
import type { DestinationId, Directory } from '../../../schemas/directory';
import { safeHref } from '../../engine/links';
import { findService, useDirectory } from '../useDirectory';
import { PhoneContact } from './PhoneContact';

/** The lines the start page offers to anyone not ready to answer questions. */
const START_HELPLINES: readonly DestinationId[] = ['national-da-helpline', 'victim-support'];

/**
 * Each voice line of the start page's helplines in the directory, written as on the result pages' cards.
 * Part of the start page that is rendered into index.html at build time, so it shows before any
 * JavaScript runs and when it cannot run.
 */
/** A service's voice lines in the directory. */
const voiceLines = (directory: Directory, id: DestinationId) =>
  (findService(directory, id)?.contacts ?? []).flatMap((c) =>
    c.type === 'phone' && c.phoneType === 'voice' ? [c] : [],
  );

export function HelplineList() {
  const directory = useDirectory();
  return (
    <ul className="govuk-list app-helplines">
      {START_HELPLINES.map((id) => {
        const lines = voiceLines(directory, id);
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

/**
 * The same lines as the page shell's list items (404.html's "Talk to someone"), written into it at
 * build time (scripts/vite-prerender.ts): plain links in the shell's own style, no app CSS.
 */
export function ShellHelplines() {
  const directory = useDirectory();
  return (
    <>
      {START_HELPLINES.map((id) => {
        const lines = voiceLines(directory, id);
        if (lines.length === 0) return null;
        return (
          <li key={id} data-directory-id={id}>
            {lines.map((line, i) => (
              <Fragment key={line.number}>
                {i > 0 ? <br /> : null}
                {line.label ?? findService(directory, id)?.name}: <a href={safeHref(line)}>{line.number}</a>
                {line.hours?.description ? `, ${line.hours.description}` : ''}.
              </Fragment>
            ))}
          </li>
        );
      })}
    </>
  );
}
