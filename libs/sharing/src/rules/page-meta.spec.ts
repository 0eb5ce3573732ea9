import { clip, firstName, injectMeta, matchPublicPage, type PageMeta } from './page-meta';

const ROUND = '0b6f9c1e-7a54-4c8e-9a55-2f8e3c1d9b10';

describe('matchPublicPage', () => {
  it('recognises every public page', () => {
    expect(matchPublicPage('/cuoc-thi/tim-hieu-lich-su')).toEqual({
      kind: 'contest',
      slug: 'tim-hieu-lich-su',
    });
    expect(matchPublicPage(`/cuoc-thi/abc/vong/${ROUND}`)).toEqual({
      kind: 'round',
      slug: 'abc',
      roundId: ROUND,
    });
    expect(matchPublicPage(`/bang-xep-hang/${ROUND}`)).toEqual({ kind: 'board', roundId: ROUND });
    expect(matchPublicPage(`/ket-qua/${ROUND}`)).toEqual({ kind: 'results', roundId: ROUND });
    expect(matchPublicPage('/thanh-tich/abcd2345')).toEqual({ kind: 'shared', code: 'abcd2345' });
    expect(matchPublicPage('/chung-nhan/HT-2026-ABCD')).toEqual({
      kind: 'certificate',
      code: 'HT-2026-ABCD',
    });
  });

  it('leaves other paths alone', () => {
    expect(matchPublicPage('/')).toBeNull();
    expect(matchPublicPage('/luot-thi/x')).toBeNull();
    expect(matchPublicPage('/bang-xep-hang/not-a-uuid')).toBeNull();
    expect(matchPublicPage('/cuoc-thi/../etc')).toBeNull();
  });
});

describe('injectMeta', () => {
  const index =
    '<html><head><meta charset="UTF-8" />\n<meta\n  name="description"\n  content="generic"\n/>\n<title>HoiThi — Cuộc thi trực tuyến</title></head><body><div id="root"></div></body></html>';
  const meta: PageMeta = {
    title: 'Tìm hiểu "lịch sử" <Công đoàn>',
    description: 'Thi từ 07/12/2026 & nhận quà',
    url: 'https://thi.example.vn/cuoc-thi/a',
    image: 'https://thi.example.vn/api/share-images/contest/x.png?v=1',
    imageAlt: 'Ảnh',
    type: 'website',
  };

  it('replaces the generic title and description and escapes every value', () => {
    const html = injectMeta(index, meta);
    expect(html).not.toContain('generic');
    expect(html).not.toContain('HoiThi — Cuộc thi trực tuyến');
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html).toContain('<title>Tìm hiểu &quot;lịch sử&quot; &lt;Công đoàn&gt;</title>');
    expect(html).toContain(
      '<meta property="og:description" content="Thi từ 07/12/2026 &amp; nhận quà" />',
    );
    expect(html).toContain(`<meta property="og:image" content="${meta.image}" />`);
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(html).toContain('<div id="root"></div>');
  });
});

describe('clip and firstName', () => {
  it('cuts long text at a word', () => {
    expect(clip('một hai ba bốn năm sáu', 12)).toBe('một hai ba…');
    expect(clip('  ngắn  ', 12)).toBe('ngắn');
  });

  it('takes the given name of a Vietnamese full name', () => {
    expect(firstName('Nguyễn Thị Mai')).toBe('Mai');
    expect(firstName('  An ')).toBe('An');
  });
});
