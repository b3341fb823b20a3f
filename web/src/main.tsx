import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
// The style sheets, in cascade order: later sheets override earlier ones.
import './styles/base.css';
import './styles/controls.css';
import './styles/ladder.css';
import './styles/views.css';
import './styles/org.css';
import './styles/phones.css';
import './features.css';
import './print.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
