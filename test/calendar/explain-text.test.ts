/** Explanations of computed dates read in kk, ru and en (issue 13: every explanation follows --lang). */
import { describe, expect, it } from 'vitest';
import { explanationText, noteText } from '../../src/calendar/explain-text.ts';
import { kazakhstanCalendar as calendar } from '../../src/calendar/index.ts';

describe('explanationText', () => {
  it('3 calendar days after Thu 20.03.2025 is Sun 23.03, a weekend day and Наурыз: the note says so in each language', () => {
    // 21 (1), 22 (2), 23.03.2025 (3): a Sunday, and the third day of Наурыз мейрамы.
    const e = calendar.explainAddCalendarDays('2025-03-20', 3);
    expect(e.result).toBe('2025-03-23');
    const term = { amount: 3, unit: 'calendar_days' };
    expect(explanationText(e, 'en', term)).toBe(
      'Rule: 3 calendar day(s) after 2025-03-20: every day counts, working or not\n' +
        'Note: 2025-03-23 is not a working day (weekend, holiday)',
    );
    expect(explanationText(e, 'ru', term)).toBe(
      'Правило: 3 календ. дн. после 2025-03-20: считается каждый день, рабочий или нет\n' +
        'Примечание: 2025-03-23 — нерабочий день (выходной, праздник)',
    );
    expect(explanationText(e, 'kk', term)).toBe(
      'Ереже: 2025-03-20 күнінен кейін 3 күнтізбелік күн: жұмыс күні ме, демалыс па — әр күн есептеледі\n' +
        'Ескертпе: 2025-03-23 — жұмыс күні емес (демалыс, мереке)',
    );
  });

  it('without the term the stored rule is shown; an unknown note stays as written', () => {
    const e = calendar.explainAddWorkingDays('2025-03-20', 1);
    expect(explanationText(e, 'kk').split('\n')[0]).toBe(`Ереже: ${e.rule}`);
    expect(noteText('something else', 'ru')).toBe('something else');
    expect(noteText('2 working day(s) added for the time the clock was stopped', 'ru')).toBe(
      'добавлено 2 рабоч. дн. за время приостановления срока',
    );
  });
});

describe('the engine’s issue-13 notes read in kk and ru', () => {
  it('the day-off move (Civil Code art. 173), calendar days of a stopped clock, tacit consent, the deployment’s hours', () => {
    expect(noteText('2025-03-22 is a day off: the term ends on the next working day, 2025-03-26', 'ru')).toBe(
      '2025-03-22 — нерабочий день: срок оканчивается в следующий рабочий день, 2025-03-26',
    );
    expect(noteText('6 calendar day(s) added for the time the clock was stopped', 'kk')).toBe(
      'мерзім тоқтатылған уақыт үшін 6 күнтізбелік күн қосылды',
    );
    expect(
      noteText(
        "the case's term ends 2025-04-01; not handed over by the end of 2025-04-08, the result counts as received",
        'ru',
      ),
    ).toBe(
      'срок оказания услуги истекает 2025-04-01; если результат не выдан до конца 2025-04-08, он считается полученным',
    );
    expect(
      noteText(
        "no act states these working hours: they are the deployment's office hours (a setting, see docs/legal-choices.md)",
        'kk',
      ),
    ).toBe('бұл жұмыс уақытын ешбір акт белгілемейді: бұл орнатудың жұмыс уақыты (баптау)');
  });
});
