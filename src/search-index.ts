import * as pagefind from 'pagefind';

/**
 * pagefind's search index for the rendered pages, as files to add to the site. Runs
 * pagefind's bundled binary (shipped in its npm package; nothing is downloaded).
 */
export async function searchIndex(pages: Map<string, string | Uint8Array>): Promise<Map<string, Uint8Array>> {
  const { index, errors } = await pagefind.createIndex({ rootSelector: 'main', forceLanguage: 'en' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  try {
    for (const [path, content] of [...pages.entries()].sort()) {
      if (!path.endsWith('.html') || path === '404.html' || path === 'search.html') continue;
      // One page decoded at a time: the whole site as strings would double the memory.
      await index.addHTMLFile({ url: path, content: typeof content === 'string' ? content : Buffer.from(content).toString('utf8') });
    }
    const { files } = await index.getFiles();
    return new Map(files.map((f) => [`pagefind/${f.path}`, f.content]));
  } finally {
    await index.deleteIndex();
  }
}
