import { useState } from 'react';

export interface CopySummaryWords {
  title: string;
  lead: string;
  copy: string;
  copied: string;
  copyFailed: string;
}

/**
 * A referral summary to copy into a referral form: plain text, no names; "Copy the summary" puts it
 * on the clipboard and a status line says whether that worked. Nothing is sent from the page.
 */
export function CopySummary({ summary, words }: { summary: string; words: CopySummaryWords }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(summary);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <>
      <h2 className="govuk-heading-l">{words.title}</h2>
      <p className="govuk-body">{words.lead}</p>
      <pre className="app-summary-text" data-testid="referral-summary">
        {summary}
      </pre>
      <div className="govuk-button-group app-no-print">
        <button type="button" className="govuk-button" onClick={copy}>
          {words.copy}
        </button>
      </div>
      <div role="status" className="app-no-print">
        {state === 'copied' ? (
          <p className="govuk-body app-confirmation">{words.copied}</p>
        ) : state === 'failed' ? (
          <p className="govuk-body app-error-text">{words.copyFailed}</p>
        ) : null}
      </div>
    </>
  );
}
