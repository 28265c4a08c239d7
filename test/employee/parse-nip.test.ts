import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNip, parseNip } from '../../src/employee/index';
import { hostileArbitrary, nipDigits, nipPartsArbitrary, withSeparators } from './arbitraries';

describe('parseNip', () => {
  it('§4.4 example 1: 196303121991021005 (Heru Sudiyanto, Perban 24/2017) → born 1963-03-12, TMT 1991-02, male, seq 005', () => {
    expect(parseNip('196303121991021005')._unsafeUnwrap()).toEqual({
      layout: 'pns',
      nip: '196303121991021005',
      birthDate: '1963-03-12',
      appointmentYear: 1991,
      appointmentMonth: 2,
      tmtCpns: '1991-02-01',
      gender: 'male',
      sequence: 5,
      reasons: [],
    });
  });

  it('§4.4 example 2: 19660801.198803.1.001 (Sdr. Amir, Perka BKN 22/2007) → born 1966-08-01, CPNS 1988-03, male', () => {
    expect(parseNip('19660801.198803.1.001')._unsafeUnwrap()).toEqual({
      layout: 'pns',
      nip: '196608011988031001',
      birthDate: '1966-08-01',
      appointmentYear: 1988,
      appointmentMonth: 3,
      tmtCpns: '1988-03-01',
      gender: 'male',
      sequence: 1,
      reasons: [],
    });
  });

  it('§4.4 example 3: 198609262015051001 → born 1986-09-26, TMT 2015-05, male, 001', () => {
    const nip = parseNip('198609262015051001')._unsafeUnwrap();
    expect(nip).toMatchObject({ layout: 'pns', birthDate: '1986-09-26', tmtCpns: '2015-05-01', gender: 'male', sequence: 1 });
  });

  it('§4.4 example 4: 199502282020122001 → born 1995-02-28, TMT 2020-12, female, 001', () => {
    const nip = parseNip('199502282020122001')._unsafeUnwrap();
    expect(nip).toMatchObject({ layout: 'pns', birthDate: '1995-02-28', tmtCpns: '2020-12-01', gender: 'female', sequence: 1 });
  });

  it('§4.4 example 5: 19660801198813 1 001 (month 13) → invalid TMT month', () => {
    expect(parseNip('19660801198813 1 001')._unsafeUnwrapErr().code).toBe('employee/invalid-nip-appointment-month');
  });

  it('§4.4 example 6: 196608011988031000 → invalid sequence 000', () => {
    expect(parseNip('196608011988031000')._unsafeUnwrapErr().code).toBe('employee/invalid-nip-sequence');
  });

  it('§4.4 example 7: 196608011988033001 → invalid sex digit 3', () => {
    const error = parseNip('196608011988033001')._unsafeUnwrapErr();
    expect(error.code).toBe('employee/invalid-nip-gender');
    expect(error.data).toEqual({ input: '196608011988033001', digit: '3' });
  });

  it('§4.4 example 8: 19660801198803100 (17 digits) → invalid length', () => {
    const error = parseNip('19660801198803100')._unsafeUnwrapErr();
    expect(error.code).toBe('employee/invalid-nip-length');
    expect(error.data).toEqual({ input: '19660801198803100', length: 17 });
  });

  it('§4.4 example 9: 196602301988031001 → invalid birth date (30 Feb)', () => {
    expect(parseNip('196602301988031001')._unsafeUnwrapErr().code).toBe('employee/invalid-nip-birth-date');
  });

  it('§4.4 example 10: PPPK 200012312024211001 → born 2000-12-31, appointed 2024, marker 2, contract 1, male, 001', () => {
    expect(parseNip('200012312024211001')._unsafeUnwrap()).toEqual({
      layout: 'pppk',
      nip: '200012312024211001',
      birthDate: '2000-12-31',
      appointmentYear: 2024,
      marker: 2,
      contractCount: 1,
      gender: 'male',
      sequence: 1,
      reasons: [],
    });
  });

  it('§4.2: the 2025 paruh waktu NI PPPK 199009132025242014 reads as marker 2, contract 4 (docs/interpretations.md#nip-layout)', () => {
    expect(parseNip('199009132025242014')._unsafeUnwrap()).toMatchObject({
      layout: 'pppk',
      birthDate: '1990-09-13',
      appointmentYear: 2025,
      contractCount: 4,
      gender: 'female',
      sequence: 14,
    });
  });

  it('accepts the display form with spaces of both layouts', () => {
    expect(parseNip('19660801 198803 1 001')._unsafeUnwrap().nip).toBe('196608011988031001');
    expect(parseNip('20001231 2024 21 1 001')._unsafeUnwrap().nip).toBe('200012312024211001');
  });

  it('names the characters when anything but digits, spaces and dots appears', () => {
    expect(parseNip('19660801-198803-1-001')._unsafeUnwrapErr().code).toBe('employee/invalid-nip-characters');
    expect(parseNip('１９６６０８０１１９８８０３１００１')._unsafeUnwrapErr().code).toBe('employee/invalid-nip-characters');
  });

  it('names the length for an empty or too long NIP', () => {
    expect(parseNip('')._unsafeUnwrapErr().code).toBe('employee/invalid-nip-length');
    expect(parseNip('1966080119880310011')._unsafeUnwrapErr().code).toBe('employee/invalid-nip-length');
  });

  it('names the appointment month for month 00', () => {
    expect(parseNip('196608011988001001')._unsafeUnwrapErr().code).toBe('employee/invalid-nip-appointment-month');
  });

  it('names the PPPK marker when digits 13–14 are neither a month nor 2K (docs/interpretations.md#nip-layout)', () => {
    expect(parseNip('200012312024311001')._unsafeUnwrapErr().code).toBe('employee/invalid-nip-pppk-marker');
    expect(parseNip('200012312024911001')._unsafeUnwrapErr().code).toBe('employee/invalid-nip-pppk-marker');
  });

  it('names the contract count when a NI PPPK has count 0 (digits 13–14 = 20)', () => {
    expect(parseNip('200012312024201001')._unsafeUnwrapErr().code).toBe('employee/invalid-nip-contract-count');
  });

  it('names the appointment date when the TMT is not after the birth date', () => {
    expect(parseNip('196608011966081001')._unsafeUnwrapErr().code).toBe('employee/invalid-nip-appointment-date');
    expect(parseNip('196608011960031001')._unsafeUnwrapErr().code).toBe('employee/invalid-nip-appointment-date');
    expect(parseNip('200012311999211001')._unsafeUnwrapErr().code).toBe('employee/invalid-nip-appointment-date');
  });

  it('names the appointment date for a year beyond 2999', () => {
    expect(parseNip('196608019999031001')._unsafeUnwrapErr().code).toBe('employee/invalid-nip-appointment-date');
  });

  it('checks the parts in order: the birth date before the gender digit', () => {
    expect(parseNip('196613011988033000')._unsafeUnwrapErr().code).toBe('employee/invalid-nip-birth-date');
  });

  it('docs/interpretations.md#nip-layout: an appointment before the 18th birthday is an Ok with a warning, not an error', () => {
    const early = parseNip('197005201987031001')._unsafeUnwrap();
    expect(early.reasons).toHaveLength(1);
    expect(early.reasons[0]).toMatchObject({
      code: 'employee/appointed-under-18',
      severity: 'warning',
      basis: { instrument: 'PP 11/2017', article: 'Pasal 23 ayat (1) huruf a' },
      data: { birthDate: '1970-05-20', eighteenthBirthday: '1988-05-20', appointedBy: '1987-03-01' },
    });
  });

  it('docs/interpretations.md#nip-layout: the 18th birthday month itself is not under 18 when the TMT is on or after the birthday', () => {
    expect(parseNip('197005011988051001')._unsafeUnwrap().reasons).toEqual([]);
    expect(parseNip('197005021988051001')._unsafeUnwrap().reasons[0]?.code).toBe('employee/appointed-under-18');
  });

  it('docs/interpretations.md#nip-layout: born 29 February 2000, the 18th birthday is 28 February 2018; the whole warning', () => {
    expect(parseNip('200002292018021001')._unsafeUnwrap().reasons).toEqual([
      {
        code: 'employee/appointed-under-18',
        severity: 'warning',
        basis: { instrument: 'PP 11/2017', article: 'Pasal 23 ayat (1) huruf a', note: 'a warning, not an error', interpretation: 'nip-layout' },
        message: {
          id: 'Menurut NIP, pegawai diangkat sebelum berusia 18 tahun; periksa data (NIP hasil konversi 2007 mengikuti aturan lama).',
          en: 'According to the NIP the employee was appointed before turning 18; check the record (NIPs converted in 2007 follow older rules).',
        },
        data: { birthDate: '2000-02-29', eighteenthBirthday: '2018-02-28', appointedBy: '2018-02-01' },
      },
    ]);
    expect(parseNip('200002292018031001')._unsafeUnwrap().reasons).toEqual([]);
  });

  it('docs/interpretations.md#nip-layout: a PPPK appointed in the year of the 18th birthday is read favourably (31 December), no warning', () => {
    expect(parseNip('200012312018211001')._unsafeUnwrap().reasons).toEqual([]);
    expect(parseNip('200012312017211001')._unsafeUnwrap().reasons[0]?.code).toBe('employee/appointed-under-18');
  });

  it('gives employee/invalid-input for a number where a NIP string belongs', () => {
    const error = parseNip(Number('196303121991021005'))._unsafeUnwrapErr();
    expect(error.code).toBe('employee/invalid-input');
    expect(error.severity).toBe('error');
  });

  it('names the type of a value that is not a string, in both languages, with the shape of every invalid input', () => {
    expect(parseNip(new Uint8Array(18))._unsafeUnwrapErr()).toEqual({
      code: 'employee/invalid-input',
      severity: 'error',
      basis: { instrument: 'asn-kit', note: 'input schema' },
      message: {
        id: 'Masukan tidak valid — Input tidak valid: diharapkan string, diterima object',
        en: 'Invalid input — Invalid input: expected string, received object',
      },
      data: { issues: [{ path: '', message: 'Invalid input: expected string, received object' }] },
    });
    expect(parseNip(null)._unsafeUnwrapErr().data).toEqual({ issues: [{ path: '', message: 'Invalid input: expected string, received null' }] });
    expect(parseNip([])._unsafeUnwrapErr().data).toEqual({ issues: [{ path: '', message: 'Invalid input: expected string, received array' }] });
  });

  it('carries a message in Bahasa Indonesia and English and the Perka BKN basis', () => {
    const error = parseNip('196608011988031000')._unsafeUnwrapErr();
    expect(error.basis).toEqual({ instrument: 'Perka BKN 22/2007', interpretation: 'nip-layout' });
    expect(error.message.id).toBe('Nomor urut NIP (angka 16–18) tidak boleh 000.');
    expect(error.message.en).toBe('The NIP sequence (digits 16–18) must not be 000.');
  });
});

describe('properties', () => {
  it('parseNip(formatNip(x)) gives back x for every valid NIP of either layout', () => {
    fc.assert(
      fc.property(nipPartsArbitrary, (parts) => {
        const digits = nipDigits(parts);
        const parsed = formatNip(digits).andThen(parseNip)._unsafeUnwrap();
        expect(parsed.nip).toBe(digits);
        expect(parsed.layout).toBe(parts.layout);
        expect(parsed.birthDate).toBe(
          `${String(parts.birth.year)}-${String(parts.birth.month).padStart(2, '0')}-${String(parts.birth.day).padStart(2, '0')}`,
        );
        expect(parsed.appointmentYear).toBe(parts.appointmentYear);
        expect(parsed.gender).toBe(parts.genderDigit === 1 ? 'male' : 'female');
        expect(parsed.sequence).toBe(parts.sequence);
        if (parsed.layout === 'pns') expect(parsed.appointmentMonth).toBe(parts.second);
        else expect(parsed.contractCount).toBe(parts.second);
      }),
    );
  });

  it('spaces and dots anywhere do not change the result', () => {
    fc.assert(
      fc.property(
        nipPartsArbitrary.chain((parts) => fc.tuple(fc.constant(nipDigits(parts)), withSeparators(nipDigits(parts)))),
        ([digits, typed]) => {
          expect(parseNip(typed)._unsafeUnwrap()).toEqual(parseNip(digits)._unsafeUnwrap());
        },
      ),
    );
  });

  it('a NIP with sequence 000 is never valid', () => {
    fc.assert(
      fc.property(nipPartsArbitrary, (parts) => {
        expect(parseNip(`${nipDigits(parts).slice(0, 15)}000`)._unsafeUnwrapErr().code).toBe('employee/invalid-nip-sequence');
      }),
    );
  });

  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(fc.oneof(hostileArbitrary, fc.string(), fc.stringMatching(/^[0-9 .]{0,22}$/)), (input) => {
        const result = parseNip(input);
        expect(result.isOk() || result.error.code.startsWith('employee/')).toBe(true);
      }),
    );
  });
});

describe('parseNip — the data of each error: the input and the digits at fault', () => {
  const dataOfError = (nip: string) => parseNip(nip)._unsafeUnwrapErr();
  it.each([
    ['19660801198803100x', 'employee/invalid-nip-characters', { input: '19660801198803100x' }],
    ['196613011988031001', 'employee/invalid-nip-birth-date', { input: '196613011988031001', digits: '19661301' }],
    ['196608011988131001', 'employee/invalid-nip-appointment-month', { input: '196608011988131001', digits: '13' }],
    ['196608011960031001', 'employee/invalid-nip-appointment-date', { input: '196608011960031001', birthDate: '1966-08-01', digits: '196003' }],
    ['196608011988031000', 'employee/invalid-nip-sequence', { input: '196608011988031000', digits: '000' }],
  ])('%s: %s', (nip, code, data) => {
    const error = dataOfError(nip);
    expect(error.code).toBe(code);
    expect(error.data).toEqual(data);
  });
});
