import { describe, expect, it } from 'vitest';
import { formatCaseNumber, parseCaseNumber } from './case-number';
import { createCaseInput, textLinesInput } from './cases.schemas';

describe('case numbers', () => {
  it('are written with at least two digits and read back', () => {
    expect(formatCaseNumber(3, 2018)).toBe('03/2018');
    expect(formatCaseNumber(123, 2018)).toBe('123/2018');
    expect(parseCaseNumber('03/2018')).toEqual({ number: 3, year: 2018 });
    expect(parseCaseNumber(' 3 / 2018 ')).toEqual({ number: 3, year: 2018 });
    for (const bad of ['0/2018', '3-2018', '03/18', 'sak 03/2018', '']) expect(parseCaseNumber(bad), bad).toBeNull();
  });
});

describe('case inputs', () => {
  it('reads numbered points from a textarea or a JSON array, without their numbers', () => {
    const lines = textLinesInput(50);
    expect(lines.parse('1. Først\n\n2) Så\r\n  Til slutt  ')).toEqual(['Først', 'Så', 'Til slutt']);
    expect(lines.parse(['9. Vestregionen som § 27-samarbeid opphører fra 1.1.2019.'])).toEqual(['Vestregionen som § 27-samarbeid opphører fra 1.1.2019.']);
    expect(lines.parse(undefined)).toBeUndefined();
    expect(lines.safeParse(Array(51).fill('x')).success).toBe(false);
  });

  it('asks for the legal basis of a case that is not public, and takes form checkboxes', () => {
    const exempt = createCaseInput.safeParse({ cooperation_id: '1', title: 'Sak', is_public: 'false' });
    expect(exempt.success).toBe(false);
    expect(exempt.error!.issues[0]!.path).toEqual(['exempt_basis']);
    expect(createCaseInput.parse({ cooperation_id: '1', title: 'Sak', is_public: '0', exempt_basis: 'Offl. § 14' }).is_public).toBe(false);
    expect(createCaseInput.parse({ cooperation_id: '1', title: 'Sak' })).toMatchObject({ is_public: true, is_illustrative: false });
  });
});
