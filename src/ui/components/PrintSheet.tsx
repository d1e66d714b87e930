import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Contact, Schedule } from '../../../schemas/directory';
import { DO_THIS_NOW, PRINT, RESULT } from '../../content/results';
import { londonDateText } from '../format';
import type { ResultLayout } from '../resultLayout';

/** A contact as printed: words and the number or address written out, never a link. */
function line(contact: Contact): string | undefined {
  switch (contact.type) {
    case 'phone':
      return `${contact.label ? `${contact.label}: ` : ''}${contact.number}`;
    case 'short-code':
      return contact.number === '55'
        ? contact.label
        : `${contact.label ? `${contact.label}: ` : ''}${contact.number}`;
    case 'web':
    case 'chat':
    case 'bsl':
      return contact.url
        ? `${contact.label}: ${contact.url.replace(/^https:\/\//, '').replace(/\/$/, '')}`
        : contact.label;
    case 'email':
      return `${RESULT.email}: ${contact.address}`;
    case 'in-person':
      return `${contact.label}, ${contact.address}`;
    case 'relay':
      return contact.label;
  }
}

const hoursText = (hours: Schedule | undefined) =>
  hours ? (hours.kind === 'always' ? DO_THIS_NOW.open24 : hours.description) : undefined;

/**
 * The printout: one A4 page of contacts with their hours and the date printed. No "open now" (it
 * goes stale on paper), no links (so no "opens in new tab"), and nothing that repeats the person's
 * answers. Hidden on screen; the rest of the result page is hidden in print.
 */
export function PrintSheet({
  layout,
  printedOn,
  withReasons = false,
}: {
  layout: ResultLayout;
  printedOn: Date;
  /** Only when the person chose to include them: why each service is shown (their answers). */
  withReasons?: boolean;
}) {
  // The date printed: the page's time, brought up to date as the browser starts to print.
  const [now, setNow] = useState(printedOn);
  useEffect(() => {
    const update = () => flushSync(() => setNow(new Date()));
    window.addEventListener('beforeprint', update);
    return () => window.removeEventListener('beforeprint', update);
  }, []);
  const day = londonDateText(now);
  const seen = new Set<string>();
  const services = layout.groups
    .flatMap((g) => g.cards)
    .flatMap((card) => {
      if (!card.service) return [];
      const lines = card.service.contacts.flatMap((contact) => {
        const text = line(contact);
        if (!text || seen.has(text)) return [];
        seen.add(text);
        const hours = hoursText(('hours' in contact && contact.hours) || card.service?.hours);
        return [{ text, hours }];
      });
      const reasons = withReasons ? card.recommendation.reasons : [];
      return lines.length > 0 || reasons.length > 0
        ? [{ id: card.recommendation.id, name: card.service.name, lines, reasons }]
        : [];
    });
  return (
    <div className="app-print-only app-print-sheet">
      <h2 className="app-print-sheet__title">{PRINT.sheetTitle}</h2>
      <p>
        {PRINT.printedOn(day)} {PRINT.sheetNote}
      </p>
      {services.map((s) => (
        <div className="app-print-sheet__service" key={s.id}>
          <h3>{s.name}</h3>
          <ul>
            {s.lines.map((l) => (
              <li key={l.text}>
                {l.text}
                {l.hours ? ` (${l.hours})` : ''}
              </li>
            ))}
          </ul>
          {s.reasons.length > 0 ? <p className="app-print-sheet__why">{s.reasons.join(' ')}</p> : null}
        </div>
      ))}
    </div>
  );
}
