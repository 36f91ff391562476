// Entry point: start the app and expose the test hook at once (ready resolves later).
import { start } from './app';

const started = start();
const ready = started.then((hook) => hook.ready);
// window.ecospace exists from the first tick so tests can await ecospace.ready
window.ecospace = { ready } as Window['ecospace'];
started.then(
  (hook) => {
    window.ecospace = hook;
  },
  (e: Error) => {
    console.error(e);
    const status = document.getElementById('status');
    if (status) {
      status.textContent = `EcoSpace: ${e.message}`;
      status.className = 'error';
    }
  },
);
