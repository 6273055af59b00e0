// The same page without the widget: what React alone weighs, for the one-widget figure.
import {createRoot} from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<p>React Org</p>);
