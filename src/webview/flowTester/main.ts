import type { FromWebview, ToWebview } from './protocol';

// The VS Code webview API; acquired once, as the API requires.
declare function acquireVsCodeApi(): { postMessage(message: FromWebview): void };
const vscode = acquireVsCodeApi();

const root = document.getElementById('app');

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  if (message.type === 'state' && root) {
    root.replaceChildren();
    const heading = document.createElement('h2');
    heading.textContent = message.title;
    const text = document.createElement('p');
    text.textContent = message.message;
    root.append(heading, text);
  }
});

vscode.postMessage({ type: 'ready' });
