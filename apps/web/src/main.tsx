import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { getLang } from './lib/i18n';
import { bootSession } from './lib/session';
import './styles.css';

document.documentElement.lang = getLang();
void bootSession();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
