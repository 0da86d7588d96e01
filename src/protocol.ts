// Typed messages between the extension host and the sidebar webview (filled in by the sidebar issue).
export {};
