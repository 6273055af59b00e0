// A server component: plain tags written by the server (kebab-case
// attributes), registered on the client by <Register>, and the client
// widgets. Typed by patient-voice-widgets/jsx.
import type {} from 'patient-voice-widgets/jsx';
import {Register} from './register';
import {Widgets} from './widgets';

export default function Page() {
  return (
    <main>
      <Register />
      <pv-medical-disclaimer id="fr" lang="fr" variant="story" heading-level="2"></pv-medical-disclaimer>
      {/* Its defaults (variant="general") must not be written on it before React hydrates. */}
      <pv-medical-disclaimer id="plain" org="Next Org"></pv-medical-disclaimer>
      <Widgets />
    </main>
  );
}
