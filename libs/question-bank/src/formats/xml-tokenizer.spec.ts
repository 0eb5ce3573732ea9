import {
  decodeXmlEntities,
  getAttribute,
  parseAttributes,
  tokenizeXml,
  XmlStream,
  type XmlHandler,
} from './xml-tokenizer';

function recorder(): { handler: XmlHandler; events: string[] } {
  const events: string[] = [];
  let text = '';
  const flush = (): void => {
    if (text) events.push(`text:${text}`);
    text = '';
  };
  return {
    events,
    handler: {
      open(name, attrs) {
        flush();
        events.push(`open:${name}${attrs ? ` ${JSON.stringify(parseAttributes(attrs))}` : ''}`);
      },
      close(name) {
        flush();
        events.push(`close:${name}`);
      },
      text(t) {
        text += t;
      },
    },
  };
}

const XML =
  '<?xml version="1.0" encoding="UTF-8"?><!-- a < b --><w:p a="1" b=\'x>y\'><w:t xml:space="preserve">Công &amp; đoàn &#7879; &#x1EC7;</w:t><w:br/><![CDATA[<raw & text>]]></w:p>';
const EXPECTED = [
  'open:w:p {"a":"1","b":"x>y"}',
  'open:w:t {"xml:space":"preserve"}',
  'text:Công & đoàn ệ ệ',
  'close:w:t',
  'open:w:br',
  'close:w:br',
  'text:<raw & text>',
  'close:w:p',
];

describe('tokenizeXml', () => {
  it('reports tags, attributes (quotes may hold >), entities and CDATA in order', () => {
    const { handler, events } = recorder();
    tokenizeXml(XML, handler);
    expect(events).toEqual(EXPECTED);
  });

  it('gives the same events when the bytes arrive split at every possible point', () => {
    const bytes = Buffer.from(XML, 'utf-8');
    for (let cut = 1; cut < bytes.length; cut++) {
      const { handler, events } = recorder();
      const stream = new XmlStream(handler);
      stream.push(bytes.subarray(0, cut));
      stream.push(bytes.subarray(cut));
      stream.end();
      expect(events).toEqual(EXPECTED);
    }
  });

  it('refuses DOCTYPE declarations and unterminated markup', () => {
    const { handler } = recorder();
    expect(() => tokenizeXml('<!DOCTYPE x [<!ENTITY a "b">]><x/>', handler)).toThrow(/DOCTYPE/);
    expect(() => tokenizeXml('<a><b', handler)).toThrow(/unterminated/);
  });

  it('reads one attribute without parsing the others', () => {
    expect(getAttribute(' w:val="FF0000" w:themeColor="accent2"', 'w:val')).toBe('FF0000');
    expect(getAttribute(" xw:val='no' w:val = 'yes'", 'w:val')).toBe('yes');
    expect(getAttribute(' w:x="1"', 'w:val')).toBeUndefined();
    expect(decodeXmlEntities('&lt;&gt;&quot;&apos;&unknown;')).toBe('<>"\'&unknown;');
  });
});
