// Temporary: the sidebar issue replaces this with the real webview script.
export {};
