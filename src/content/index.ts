// Content script entry: filled in by the content-script work.
export {};
