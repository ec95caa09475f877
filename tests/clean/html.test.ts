import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { cleanHtml, htmlToText } from '../../src/clean/index.js';
import { collectBlocks, layOut } from '../../src/clean/html/blocks.js';
import { extractMain } from '../../src/clean/html/extract.js';

const page = readFileSync(new URL('../fixtures/clean/article.html', import.meta.url), 'utf8');
/** The n-th paragraph of an article body, long enough to count as prose. */
const para = (n: number) => `<p>Paragraph ${n} of the port report explains how the harbour crews cleared the berths and checked every crane before ships returned.</p>`;

describe('cleanHtml', () => {
  const r = cleanHtml(page);

  it('keeps the article paragraphs and subheading, not navigation, related links or footer', () => {
    expect(r.text.startsWith("LISBON (Reuters) – The city's main harbour reopened")).toBe(true);
    expect(r.text).toContain('Repairs ahead');
    expect(r.text).toContain('cost more than two million euros.');
    expect(r.text).toContain('reduced timetable until the repairs were done.');
    for (const junk of ['Business', 'Storm closes harbour', 'Privacy policy', 'All rights reserved']) expect(r.text).not.toContain(junk);
  });

  it('reads the metadata from meta tags and JSON-LD', () => {
    expect(r.meta.title).toBe('Harbour reopens after storm');
    expect(r.meta.published).toBe('2024-03-03');
    expect(r.meta.authors).toEqual(['Jane Rowe']);
    expect(r.meta.site).toBe('Harbour News');
    expect(r.meta.url).toBe('https://news.example.com/world/harbour-reopens');
    expect(r.meta.section).toBe('World');
    expect(r.meta.dateline).toEqual({ place: 'LISBON', agency: 'Reuters' });
  });

  it("keeps the article going past an inline 'Related' box and a table of repeated values", () => {
    const rows = Array.from({ length: 12 }, (_, i) => `<tr><td>Berth ${i}</td><td>Open</td></tr>`).join('');
    const html = `<html><body><nav><a href="/">Home</a></nav><article>${para(1)}${para(2)}${para(3)}`
      + `<h3>Related</h3><p><a href="/other">Another story about ships</a></p><table>${rows}</table>${para(4)}${para(5)}</article></body></html>`;
    const out = cleanHtml(html);
    expect(out.text).toContain('Paragraph 5 of the port report');
    expect(out.text).toContain('Berth 11');
    expect(out.text).not.toContain('Related');
  });

  it('leaves out a long comment thread below the article', () => {
    const comment = (n: number) => `<div class="comment"><div class="commentBody"><p>Reader ${n} writes that the harbour crews did well, that the cranes looked fine from the pier, and that ships came back sooner than anyone in town expected them to.</p></div></div>`;
    const html = `<html><body><article>${[1, 2, 3, 4].map(para).join('')}</article><div id="thread">${Array.from({ length: 30 }, (_, i) => comment(i)).join('')}</div></body></html>`;
    const out = cleanHtml(html);
    expect(out.text).toContain('Paragraph 4 of the port report');
    expect(out.text).not.toContain('Reader');
  });

  it('drops figure captions, also when they nest paragraphs, and says why', () => {
    const html = `<html><body><article>${para(1)}<figure><img src="a.jpg"><figcaption><p>Cranes at dawn on the quay.</p><p>Photo: Ana Lima</p></figcaption></figure>${para(2)}${para(3)}</article></body></html>`;
    const out = cleanHtml(html);
    expect(out.text).toContain('Paragraph 3 of the port report');
    expect(out.text).not.toContain('Cranes at dawn');
    expect(out.text).not.toContain('Ana Lima');
    expect(out.removed.filter((r) => r.reason === 'caption').map((r) => r.text)).toEqual(['Cranes at dawn on the quay.', 'Photo: Ana Lima']);
  });

  it('leaves out an author box inside the article element', () => {
    const bio = '<div class="author-bio"><img src="ana.jpg"><p>Ana Lima has covered shipping and ports for the paper since 2015, and before that she worked as a deckhand on coastal freighters.</p></div>';
    const out = cleanHtml(`<html><body><article>${[1, 2, 3, 4].map(para).join('')}${bio}</article></body></html>`);
    expect(out.text).toContain('Paragraph 4 of the port report');
    expect(out.text).not.toContain('deckhand');
  });

  it('returns an empty body and a warning for a page of links', () => {
    const links = Array.from({ length: 30 }, (_, i) => `<li><a href="/s${i}">Story number ${i} about the harbour</a></li>`).join('');
    const out = cleanHtml(`<html><body><nav><ul>${links}</ul></nav></body></html>`);
    expect(out.text).toBe('');
    expect(out.warnings).toEqual(['no article body found']);
  });

  // The test's timeout is the hang guard: quadratic work over 50,000 levels would take hours, while a
  // wall-clock assert here failed on a loaded machine (19 s against 15 s) with nothing wrong.
  it('survives 50,000 nested divs without recursion or a hang', () => {
    const body = 'Deep text sits here and says something about the harbour. '.repeat(10);
    const html = `<html><body>${'<div>'.repeat(50_000)}<p>${body}</p>${'</div>'.repeat(50_000)}</body></html>`;
    const out = cleanHtml(html);
    expect(out.text).toBe(body.trim());
  }, 60_000);

  it('numbers ordered-list items the way the list renders them', () => {
    const { text } = htmlToText('<html><body><ol><li>Tie the lines</li><li>Check the crane</li></ol>'
      + '<ol start="4"><li>Open the berth</li><li value="9">Log the ship</li><li>Close the gate</li></ol>'
      + '<ol reversed><li>Three left</li><li>Two left</li></ol><ul><li>Plain item</li></ul></body></html>');
    expect(text).toBe('1. Tie the lines\n\n2. Check the crane\n\n4. Open the berth\n\n9. Log the ship\n\n10. Close the gate'
      + '\n\n2. Three left\n\n1. Two left\n\nPlain item');
  });

  it("lets Readability keep article text in a wrapper whose class only sounds like chrome ('listicle-header')", () => {
    const html = `<html><body><nav><a href="/">Home</a></nav><main><section class="listicle-header">${[1, 2, 3, 4, 5, 6].map(para).join('')}</section>`
      + `<div class="listicle-body">${[7, 8, 9, 10, 11, 12, 13, 14].map(para).join('')}</div></main><footer>All rights reserved</footer></body></html>`;
    const { root } = extractMain(parseHTML(html).document);
    const text = root ? layOut(collectBlocks(root)).text : '';
    expect(text).toContain('Paragraph 1 of the port report');
    expect(text).toContain('Paragraph 14 of the port report');
  });

  it('leaves out an author bio that closes the article, without an author class to go by', () => {
    const bio = '<p>Ana Lima is a freelance writer who has covered shipping and ports since 2015.</p>';
    const out = cleanHtml(`<html><body><article>${[1, 2, 3, 4].map(para).join('')}${bio}</article></body></html>`);
    expect(out.text).toContain('Paragraph 4 of the port report');
    expect(out.text).not.toContain('Ana Lima');
  });

  it('keeps an opening paragraph that presents a writer', () => {
    const intro = '<p>Ana Lima is a freelance writer who spent a winter on the harbour tugs, and this is what she saw there.</p>';
    const out = cleanHtml(`<html><body><article>${intro}${[1, 2, 3, 4].map(para).join('')}</article></body></html>`);
    expect(out.text).toContain('Ana Lima is a freelance writer');
  });

  it('drops a call-to-action or sign-up box inside the article, wherever it sits', () => {
    const cta = '<div class="post-cta wrapper"><h3>Want quotes from local crews?</h3><p>Enter your zip code and get matched with three harbour repair firms near you, free of charge and with no obligation to hire.</p></div>';
    const signup = '<section class="email-signup"><p>Expert advice on ports and shipping, dropped right into your inbox every single week of the year.</p></section>';
    const out = cleanHtml(`<html><body><article>${para(1)}${para(2)}${cta}${para(3)}${para(4)}${signup}${para(5)}</article></body></html>`);
    expect(out.text).toContain('Paragraph 5 of the port report');
    expect(out.text).not.toContain('zip code');
    expect(out.text).not.toContain('Want quotes');
    expect(out.text).not.toContain('inbox');
  });

  it('keeps a box classed as a call to action when it holds most of the page (a wrapper, not a box)', () => {
    const blocks = collectBlocks(parseHTML(`<html><body><div class="cta-layout">${[1, 2, 3, 4].map(para).join('')}</div><p>Short footer note.</p></body></html>`).document as never);
    expect(blocks.map((b) => b.text).filter((t) => t.startsWith('Paragraph'))).toHaveLength(4);
  });

  it('reads the words to drop from the class only: an id made from a heading keeps its text', () => {
    const blocks = collectBlocks(parseHTML(`<html><body>${[1, 2, 3, 4, 5, 6].map(para).join('')}<h3 id="how-to-form-a-cta-team">How to form a crew</h3><p class="modal-dialog">You are leaving this site.</p></body></html>`).document as never);
    const texts = blocks.map((b) => b.text);
    expect(texts).toContain('How to form a crew');
    expect(texts).not.toContain('You are leaving this site.');
  });

  it('lays a table row of plain cells out as one line, and a row with links cell by cell', () => {
    const { text } = htmlToText('<html><body><table><tr><th>Week</th><th>Monday</th><th>Tuesday</th></tr>'
      + '<tr><td>1</td><td>Rest</td><td>Run easy 30 min</td></tr>'
      + '<tr><td><a href="/crane">Crane 4</a></td><td>Open</td></tr></table></body></html>');
    expect(text).toBe('Week Monday Tuesday\n\n1 Rest Run easy 30 min\n\nCrane 4\n\nOpen');
  });

  it('keeps a training table that closes the article, its rows read as lines', () => {
    const rows = Array.from({ length: 8 }, (_, i) => `<tr><td>${i + 1}</td><td>Rest day, then an easy walk of twenty minutes</td><td>Run easy for thirty minutes, then stretch for ten minutes after the run.</td></tr>`).join('');
    const out = cleanHtml(`<html><body><nav><a href="/">Home</a></nav><article>${[1, 2, 3, 4].map(para).join('')}<h2>The plan</h2><table>${rows}</table></article><footer>All rights reserved</footer></body></html>`);
    expect(out.text).toContain('8 Rest day, then an easy walk of twenty minutes Run easy for thirty minutes, then stretch for ten minutes after the run.');
  });

  it('lays the page out as text block by block without cleaning', () => {
    const { text, title } = htmlToText(page);
    expect(title).toBe('Harbour reopens after storm');
    expect(text).toContain('Home\n\nWorld\n\nBusiness');
  });
});
