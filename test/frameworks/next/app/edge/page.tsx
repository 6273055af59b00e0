// The Edge runtime (no DOM, no Node): importing the entries must not throw.
import 'patient-voice-widgets';
import 'patient-voice-widgets/consent-banner.js';
import {VERSION} from 'patient-voice-widgets/classes.js';
import type {} from 'patient-voice-widgets/jsx';
import {Register} from '../register';

export const runtime = 'edge';

export default function Edge() {
  return (
    <main data-version={VERSION}>
      <Register />
      <pv-medical-disclaimer id="edge" lang="fr"></pv-medical-disclaimer>
    </main>
  );
}
