// The import worker: reads the archive and analyses every post off the page's main thread, so
// the options page stays responsive. In: { file: File }. Out: progress messages, then the
// records and the summary, or an error with the same message the CLI prints.
import { ImportError, readArchive } from './index';
import { analyzePosts, nothingReadable, summarize } from './pipeline';
import type { WorkerIn, WorkerOut } from './run';
import { blobSource } from './run';

const post = (m: WorkerOut) => (self as unknown as Worker).postMessage(m);

self.onmessage = async (event: MessageEvent<WorkerIn>) => {
  try {
    post({ type: 'progress', phase: 'reading', done: 0, total: 0 });
    const parsed = await readArchive(blobSource(event.data.file));
    post({ type: 'progress', phase: 'analysing', done: 0, total: parsed.posts.length });
    const records = await analyzePosts(parsed, {
      chunk: 1000,
      onProgress: (done, total, chunk) => {
        // Hand the records over as they are made: many small structured clones keep the page's
        // main thread free, where one clone of 50,000 records at the end would stall it.
        post({ type: 'records', records: chunk });
        post({ type: 'progress', phase: 'analysing', done, total });
      },
    });
    const nothing = nothingReadable(parsed, records);
    if (nothing) throw new ImportError(nothing, { file: event.data.file.name });
    post({ type: 'done', records: [], summary: summarize(parsed, records) });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
