import { describe, expect, it } from 'vitest';
import { applyFieldRepairs, findFields, maskField, maskFieldsInText } from './fields';

describe('recognised fields: resident IDs and phone numbers', () => {
  const text = '公民身份号码：510112196503122420\n联系电话：13981726354，座机028-85123456';

  it('finds IDs and phones with their positions', () => {
    expect(findFields(text).map(({ kind, value, valid }) => ({ kind, value, valid }))).toEqual([
      { kind: 'resident-id', value: '510112196503122420', valid: true },
      { kind: 'phone', value: '13981726354', valid: true },
      { kind: 'phone', value: '028-85123456', valid: true },
    ]);
    const [id] = findFields(text);
    expect(text.slice(id!.start, id!.end)).toBe('510112196503122420');
  });
  it('reports an 18-digit number that does not verify as invalid, and never a phone inside an ID', () => {
    expect(findFields('号码 510112196503122421')).toEqual([{ kind: 'resident-id', value: '510112196503122421', start: 3, end: 21, valid: false }]);
    expect(findFields('13981726354').map((f) => f.kind)).toEqual(['phone']);
  });
  it('writes verified repairs back into the text', () => {
    expect(applyFieldRepairs('身份证号：51O112196503l22420。')).toBe('身份证号：510112196503122420。');
    expect(applyFieldRepairs('身份证号：51O112196503l22429。')).toBe('身份证号：51O112196503l22429。');
  });
  it('masks for lists: region and last four of an ID, 3+4 of a mobile, the area code of a landline', () => {
    expect(maskField({ kind: 'resident-id', value: '510112196503122420' })).toBe('510112********2420');
    expect(maskField({ kind: 'phone', value: '13981726354' })).toBe('139****6354');
    expect(maskField({ kind: 'phone', value: '028-85123456' })).toBe('028-****3456');
    expect(maskFieldsInText(text)).toBe('公民身份号码：510112********2420\n联系电话：139****6354，座机028-****3456');
  });
});
