import type { ReactNode } from 'react';

/** A bulleted list of lines of copy (each line its own key: the copy never repeats a line). */
export function BulletList({ lines }: { lines: readonly string[] }) {
  return (
    <ul className="govuk-list govuk-list--bullet">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

/** A paragraph holding one button styled as a link: it changes the page, it goes to no address. */
export function LinkButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <p className="govuk-body">
      <button type="button" className="govuk-link app-link-button" onClick={onClick}>
        {children}
      </button>
    </p>
  );
}
