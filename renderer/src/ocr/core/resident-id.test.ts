import { describe, expect, it } from 'vitest';
import { isValidResidentId, repairResidentId, residentIdCheckCharacter } from './resident-id';

describe('resident ID check character (GB 11643, ISO 7064 MOD 11-2)', () => {
  it('computes the published example and an X check', () => {
    // GB 11643-1999's worked example.
    expect(residentIdCheckCharacter('11010519491231002')).toBe('X');
    expect(residentIdCheckCharacter('51011219650312242')).toBe('0');
  });
  it('accepts valid numbers and refuses a changed digit, a bad date or a wrong length', () => {
    expect(isValidResidentId('11010519491231002X')).toBe(true);
    expect(isValidResidentId('510112196503122420')).toBe(true);
    expect(isValidResidentId('510112196503122421')).toBe(false);
    expect(isValidResidentId('510112196513122420')).toBe(false);
    expect(isValidResidentId('51011219650312242')).toBe(false);
  });
  it('repairs confusable characters only when the result verifies', () => {
    expect(repairResidentId('51O112196503l22420')).toBe('510112196503122420');
    expect(repairResidentId('11010519491231002x')).toBe('11010519491231002X');
    expect(repairResidentId('51O112196503l22429')).toBeUndefined();
  });
});
