/** The one handle on the webview API: posting to the host and the persisted view state. */
import type { WebviewMessage } from '../protocol';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const api: VsCodeApi = typeof acquireVsCodeApi === 'function'
  ? acquireVsCodeApi()
  : { postMessage: () => undefined, getState: () => undefined, setState: () => undefined };

export function post(message: WebviewMessage): void {
  api.postMessage(message);
}

export function getRawState(): unknown {
  return api.getState();
}

export function setRawState(state: unknown): void {
  api.setState(state);
}
