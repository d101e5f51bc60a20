import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../server/src/fetch/extract-article.js';
import { FetchProblem } from '../../../server/src/fetch/fetch-problem.js';

const SENTENCE = 'The river council met the delegates of the hill districts on Tuesday evening.';
const page = (mediaType: string, body: string | Uint8Array, charset?: string) => ({
  url: 'https://news.example.org/a',
  mediaType,
  charset,
  body: typeof body === 'string' ? new TextEncoder().encode(body) : body,
});

/** A one-page PDF whose text is `line` (Helvetica); pdf.js rebuilds the cross-reference table. */
function pdfWith(line: string, title: string): Uint8Array {
  const stream = `BT /F1 12 Tf 72 720 Td (${line}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Title (${title}) >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return at;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

describe('extractArticle', () => {
  it('reads the date from <time datetime> when the page has no published_time', async () => {
    const html = `<html><head><title>Council meets</title></head><body><article>
      <p>${SENTENCE}</p><p>${SENTENCE.replace('Tuesday', 'Wednesday')}</p>
      <p>${SENTENCE.replace('Tuesday', 'Thursday')}</p><time datetime="2026-10-02T09:00">2 Oct</time>
    </article></body></html>`;
    const article = await extractArticle(page('text/html', html));
    expect(article).toMatchObject({ title: 'Council meets', date: '2026-10-02' });
    expect(article.text.split('\n\n')[0]).toBe(SENTENCE);
  });

  it('decodes the charset the page states in its head', async () => {
    const html = `<html><head><meta charset="windows-1252"><title>Caf\xe9</title></head><body><article>
      <p>${SENTENCE} Caf\xe9.</p><p>${SENTENCE}</p><p>${SENTENCE}</p></article></body></html>`;
    const body = Uint8Array.from(html, (c) => c.charCodeAt(0));
    expect((await extractArticle(page('text/html', body))).text).toContain('Café.');
  });

  it('reads the text and title of a PDF', async () => {
    const article = await extractArticle(page('application/pdf', pdfWith(SENTENCE, 'Minutes')));
    expect(article.text).toBe(SENTENCE);
    expect(article.title).toBe('Minutes');
  });

  it('refuses a PDF that is not one, and media types it does not read', async () => {
    await expect(extractArticle(page('application/pdf', 'not a pdf'))).rejects.toThrow(
      FetchProblem,
    );
    await expect(extractArticle(page('image/png', 'x'))).rejects.toThrow(/image\/png/);
  });
});
