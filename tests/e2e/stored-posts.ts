// Runs inside an extension page or the service worker (Chromium through playwright, Firefox
// through puppeteer): every stored post, without creating the database when there is none.
export async function readStoredPosts(): Promise<Array<Record<string, unknown>>> {
  const dbs = await indexedDB.databases();
  if (!dbs.some((d) => d.name === 'postcoach')) return [];
  return new Promise<Array<Record<string, unknown>>>((ok, fail) => {
    const req = indexedDB.open('postcoach');
    req.onerror = () => fail(req.error);
    req.onsuccess = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains('posts')) {
        db.close();
        ok([]);
        return;
      }
      const all = db.transaction('posts').objectStore('posts').getAll();
      all.onsuccess = () => {
        db.close();
        ok(all.result as Array<Record<string, unknown>>);
      };
      all.onerror = () => fail(all.error);
    };
  });
}
