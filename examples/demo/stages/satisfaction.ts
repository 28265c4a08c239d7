/**
 * Stage 7: the public satisfaction index. Every service unit's questionnaires of the first semester are drawn,
 * parsed once (`parseSkmResponses`), appended to the survey port, read back, and scored (`satisfactionIndex`):
 * the NRR of each of the nine elements, the index and its grade (PermenPANRB 14/2017).
 */
import type { SurveyKey } from 'asn-kit/ports';
import { parseSkmResponses, satisfactionIndex, type SatisfactionIndex, type SkmAnswer } from 'asn-kit/service-quality';
import { UNITS, type DemoUnit } from '../dataset/units';
import { expectOk } from '../outcome';
import type { Random } from '../random';
import { both, inEn, inId } from '../report/text';
import type { Stage } from '../stage';

/** 400 questionnaires whose answers lean on the unit's own strength in each element. */
function questionnaires(random: Random): SkmAnswer[][] {
  const lean = Array.from({ length: 9 }, () => random.next() * 0.5);
  return Array.from({ length: 400 }, () =>
    lean.map((bias): SkmAnswer => {
      if (random.chance(1 / 150)) return null;
      const draw = random.next() + bias;
      return draw < 0.05 ? 1 : draw < 0.3 ? 2 : draw < 0.95 ? 3 : 4;
    }),
  );
}

/** The survey-port key of a unit's questionnaires of the first semester of `year`. */
export function surveyKey(unitId: string, year: number): SurveyKey {
  return { unitId, period: `${String(year)}-S1`, scheme: '2017' };
}

export const satisfactionStage: Stage = {
  id: 'satisfaction',
  title: both('Indeks kepuasan masyarakat', 'Public satisfaction index'),
  run: async ({ store, random, year }) => {
    const results: { unit: DemoUnit; responses: number; index: SatisfactionIndex }[] = [];
    for (const unit of UNITS.filter((candidate) => candidate.service)) {
      const key = surveyKey(unit.id, year);
      expectOk(await store.surveys.append(key, expectOk(parseSkmResponses(questionnaires(random)), 'questionnaires')), 'storing the survey');
      const responses = expectOk(await store.surveys.read(key), 'reading the survey');
      results.push({ unit, responses: responses.length, index: expectOk(satisfactionIndex({ responses }), `index ${unit.id}`) });
    }
    const elements = results[0]?.index.elements ?? [];
    const respondents = results.reduce((sum, result) => sum + result.responses, 0);
    return {
      counts: [
        [results.length, both('unit pelayanan', 'service units')],
        [respondents, both('kuesioner', 'questionnaires')],
      ],
      section: {
        id: 'ikm',
        title: both(`Indeks kepuasan masyarakat semester I ${String(year)}`, `Public satisfaction index, first half of ${String(year)}`),
        lead: both(
          'Nilai rata-rata tertimbang setiap unsur pelayanan dan indeks kepuasan masyarakat unit pelayanan (skala 25–100) dengan mutu pelayanannya, menurut PermenPANRB 14/2017.',
          'The weighted average of each service element and the unit’s satisfaction index (scale 25–100) with its grade, under PermenPANRB 14/2017.',
        ),
        facts: results.map((result) =>
          both(
            `${result.unit.name}: IKM ${result.index.converted.toFixed(2).replace('.', ',')}, mutu ${result.index.grade} (${result.index.label.id}), ${inId(result.responses)} kuesioner.`,
            `${result.unit.name}: index ${result.index.converted.toFixed(2)}, grade ${result.index.grade} (${result.index.label.en}), ${inEn(result.responses)} questionnaires.`,
          ),
        ),
        charts: [
          {
            kind: 'bars',
            id: 'ikm-per-unsur',
            title: both('Nilai per unsur pelayanan (skala 25–100)', 'Score per service element (scale 25–100)'),
            categories: elements.map((element, index) => both(`U${String(index + 1)} ${element.label.id}`, `U${String(index + 1)} ${element.label.en}`)),
            series: results.map((result) => ({ name: both(result.unit.id, result.unit.id), values: result.index.elements.map((element) => element.converted) })),
            unit: both('nilai', 'score'),
            decimals: 0,
            max: 100,
          },
        ],
        tables: [
          {
            id: 'ikm-per-unsur',
            title: both('Nilai per unsur pelayanan', 'Score per service element'),
            columns: [both('Unsur', 'Element'), ...results.map((result) => both(result.unit.name, result.unit.name))],
            rows: elements.map((element, index) => [element.label, ...results.map((result) => result.index.elements[index]?.converted ?? 0)]),
          },
          {
            id: 'ikm-per-unit',
            title: both('Indeks per unit pelayanan', 'Index per service unit'),
            columns: [both('Unit pelayanan', 'Service unit'), both('Kuesioner', 'Questionnaires'), both('IKM', 'Index'), both('Mutu', 'Grade'), both('Kinerja unit', 'Performance')],
            rows: results.map((result) => [result.unit.name, result.responses, result.index.converted, result.index.grade, result.index.label]),
          },
        ],
      },
    };
  },
};
