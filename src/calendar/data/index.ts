/**
 * The bundled calendar data, validated once at load. One file per year (2019–2027), each
 * naming the Government decree that moved its days off; law.json holds the holidays of the
 * Law on holidays and the carry-over rule; timezones.json the offsets with their decree.
 */
import { CalendarYear, HolidayLaw, TimeZones, type CalendarData } from '../data-schema.ts';
import law from './law.json' with { type: 'json' };
import timezones from './timezones.json' with { type: 'json' };
import y2019 from './2019.json' with { type: 'json' };
import y2020 from './2020.json' with { type: 'json' };
import y2021 from './2021.json' with { type: 'json' };
import y2022 from './2022.json' with { type: 'json' };
import y2023 from './2023.json' with { type: 'json' };
import y2024 from './2024.json' with { type: 'json' };
import y2025 from './2025.json' with { type: 'json' };
import y2026 from './2026.json' with { type: 'json' };
import y2027 from './2027.json' with { type: 'json' };

export const calendarData: CalendarData = {
  law: HolidayLaw.parse(law),
  years: [y2019, y2020, y2021, y2022, y2023, y2024, y2025, y2026, y2027].map((y) => CalendarYear.parse(y)),
  timeZones: TimeZones.parse(timezones),
};
