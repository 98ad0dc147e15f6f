// Service worker: filled in by the content-script and scorecard work.
export {};
