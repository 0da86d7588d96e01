// Temporary: the workspace-transcripts issue replaces this with the real indexing worker.
export {};
