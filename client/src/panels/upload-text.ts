/**
 * Reads an uploaded file in the browser: .txt as it is, .html through the browser's own parser
 * (one paragraph per text block, scripts and page furniture left out), so the server receives text
 * exactly as addSource takes it from any client. PDF is not read here: pdf.js would add megabytes
 * to the explorer; a PDF on the web goes through fetchSource, which reads it on the server.
 */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, figcaption';
const FURNITURE = 'script, style, noscript, nav, header, footer, aside, form';

const tidy = (s: string) => s.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim();

/** The title and text of an HTML document. */
function htmlText(html: string): { title: string; text: string } {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll(FURNITURE).forEach((el) => el.remove());
  const blocks = [...doc.querySelectorAll(BLOCKS)]
    .filter((el) => !el.querySelector(BLOCKS))
    .map((el) => tidy(el.textContent ?? ''))
    .filter(Boolean);
  const text = blocks.length > 0 ? blocks.join('\n\n') : tidy(doc.body?.textContent ?? '');
  return { title: tidy(doc.title), text };
}

/** The title (file name or HTML title) and text of `file`; throws naming what it cannot read. */
export async function readUpload(file: File): Promise<{ title: string; text: string }> {
  const name = file.name.replace(/\.[^.]+$/, '');
  if (/\.(txt|text|md)$/i.test(file.name) || file.type === 'text/plain')
    return { title: name, text: await file.text() };
  if (/\.html?$/i.test(file.name) || file.type === 'text/html') {
    const { title, text } = htmlText(await file.text());
    return { title: title || name, text };
  }
  if (/\.pdf$/i.test(file.name))
    throw new Error('PDF files are read by the server: give the PDF’s web address instead.');
  throw new Error(`“${file.name}” is not a .txt or .html file.`);
}
