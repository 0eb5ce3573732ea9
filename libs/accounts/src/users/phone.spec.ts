import { maskPhone, nationalPhone, normalizePhone, parsePhone, phoneSearchDigits } from './phone';

describe('normalizePhone', () => {
  it.each([
    '0912 345 678',
    '0912.345.678',
    '0912-345-678',
    '0912345678',
    '+84 912 345 678',
    '+84912345678',
    '84912345678',
    '0084 912 345 678',
    '+84 0912 345 678',
    '(091) 234-5678',
    ' 0912345678 ',
  ])('reads %j as +84912345678', (input) => {
    expect(normalizePhone(input)).toBe('+84912345678');
  });

  it.each(['0321234567', '0561234567', '0701234567', '0861234567', '0981234567'])(
    'accepts the mobile prefix of %s',
    (input) => {
      expect(normalizePhone(input)).toBe(`+84${input.slice(1)}`);
    },
  );

  it.each([
    ['0294 3855 123', /cố định/],
    ['02838221234', /cố định/],
    ['+84 28 3822 1234', /cố định/],
    ['091234567', /quá ngắn/],
    ['09123456789', /quá dài/],
    ['0412345678', /đầu số/],
    ['0112345678', /đầu số/],
    ['+1 415 555 0100', /\+84/],
    ['0912abc678', /chữ số/],
    ['', /Chưa nhập/],
    ['12345', /10 chữ số/],
  ])('refuses %j with a clear Vietnamese message', (input, message) => {
    const result = parsePhone(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('maskPhone', () => {
  it('shows only the first two and the last three digits of the national number', () => {
    expect(maskPhone('+84912345678')).toBe('09xx xxx 678');
    expect(maskPhone('0389 123 456')).toBe('03xx xxx 456');
  });

  it('hides what is not a Vietnamese mobile entirely, and gives nothing for no number', () => {
    expect(maskPhone('12345')).toBe('xxxx xxx xxx');
    expect(maskPhone(null)).toBeNull();
  });
});

describe('nationalPhone', () => {
  it('treats the Vietnamese formats of one number as the same', () => {
    expect(nationalPhone('0912 345 678')).toBe('0912345678');
    expect(nationalPhone('+84 912 345 678')).toBe('0912345678');
    expect(nationalPhone('84912345678')).toBe('0912345678');
    expect(nationalPhone('0084.912.345.678')).toBe('0912345678');
    expect(nationalPhone('912345678')).toBe('0912345678');
  });

  it('returns null for something that is not a Vietnamese mobile', () => {
    expect(nationalPhone('12345')).toBeNull();
    expect(nationalPhone('')).toBeNull();
    expect(nationalPhone('+14155550100')).toBeNull();
  });
});

describe('phoneSearchDigits', () => {
  it('searches the part every stored +84 number holds', () => {
    expect(phoneSearchDigits('0912 345')).toBe('912345');
    expect(phoneSearchDigits('+84 912')).toBe('912');
    expect(phoneSearchDigits('345.678')).toBe('345678');
  });
});
