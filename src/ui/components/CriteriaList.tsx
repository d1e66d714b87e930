import type { ReactNode } from 'react';

export interface CriterionRow {
  id: string;
  name: string;
  status: 'met' | 'not-met' | 'unknown';
  reason: string;
}

/**
 * Met / not met / not known, one row per criterion, to scan at a glance: the criterion's name, a
 * status tag, then the reason in a plain sentence (for "not known": what to find out).
 */
export function CriteriaList({
  rows,
  statusLabels,
  attribute,
}: {
  rows: readonly CriterionRow[];
  statusLabels: Record<CriterionRow['status'], string>;
  /** The data attribute naming each row's criterion (tests and print styles find rows by it). */
  attribute: 'data-criterion' | 'data-threshold';
}): ReactNode {
  return (
    <dl className="govuk-summary-list app-criteria">
      {rows.map((row) => (
        <div
          className="govuk-summary-list__row"
          key={row.id}
          {...{ [attribute]: row.id }}
          data-status={row.status}
        >
          <dt className="govuk-summary-list__key">{row.name}</dt>
          <dd className="govuk-summary-list__value">
            <strong className={`app-tag app-tag--${row.status}`}>{statusLabels[row.status]}</strong>
            <span className="app-criteria__reason">{row.reason}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
