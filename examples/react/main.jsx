import { useState } from 'react';
import { createRoot } from 'react-dom/client';
// Registers <event-timeline>: the package's ESM build, bundled by the app's bundler.
import 'event-timeline';
import { apollo } from '../events.js';

/**
 * React 19 sets a prop as a property when the custom element has one (`events` takes an
 * array, not a string) and turns `on` + event name into an event listener. `events` is a
 * constant here: a list made anew at each render is a new document each time, read again
 * (docs/data-format.md); keep it in state or `useMemo` when it is computed.
 */
function App() {
  const [selected, setSelected] = useState(null);
  return (
    <main>
      <h1>Apollo 11</h1>
      <event-timeline events={apollo} locale="en" time-zone="UTC" label="Apollo 11" ontimeline-select={(e) => setSelected(e.detail.id)} />
      <p id="selected">Selected: {selected ?? 'nothing'}</p>
    </main>
  );
}

createRoot(document.getElementById('root')).render(<App />);
