import { Component, type ErrorInfo, type ReactNode } from 'react';
import { CRASH } from '../../content/pages';
import { findService, useDirectory } from '../useDirectory';
import { EmergencyBox } from './EmergencyBox';
import { Page, PageHeading } from './Page';
import { SafeLink } from './SafeLink';

function CrashPage({ onStartAgain }: { onStartAgain: () => void }) {
  const helpline = findService(useDirectory(), 'national-da-helpline')?.contacts.find(
    (c) => c.type === 'phone',
  );
  return (
    <Page title={CRASH.title}>
      <PageHeading>{CRASH.title}</PageHeading>
      <p className="govuk-body">{CRASH.lead}</p>
      <EmergencyBox />
      {helpline && helpline.type === 'phone' ? (
        <p className="govuk-body">
          {CRASH.helpline} <SafeLink number={helpline} className="govuk-link govuk-!-font-weight-bold" />
        </p>
      ) : null}
      <button type="button" className="govuk-button" onClick={onStartAgain}>
        {CRASH.startAgain}
      </button>
    </Page>
  );
}

interface Props {
  children: ReactNode;
  /** Wipes the answers and starts again. */
  onStartAgain: () => void;
}

/**
 * Any crash under it (including a page whose code failed to load) shows the emergency box, the
 * 24-hour helpline and "Start again". The quick exit is outside React and keeps working.
 */
export class WizardErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo) {
    // Nothing is logged or sent anywhere: an error could carry answers.
  }

  private readonly startAgain = () => {
    this.setState({ failed: false });
    this.props.onStartAgain();
  };

  override render() {
    return this.state.failed ? <CrashPage onStartAgain={this.startAgain} /> : this.props.children;
  }
}
