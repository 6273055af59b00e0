// One widget: what a page that uses only the disclaimer's wrapper bundles.
import {createRoot} from 'react-dom/client';
import {PvMedicalDisclaimer} from 'patient-voice-widgets/react';

createRoot(document.getElementById('root')!).render(<PvMedicalDisclaimer org="React Org" />);
