/** MCI values bundled with Ruqsat (src/money/data/mci.json), validated once at load. */
import { MciTable, feeInTenge as feeWith, mciOn as mciWith } from './mci.ts';
import data from './data/mci.json' with { type: 'json' };
import type { LocalDate } from '../calendar/local-date.ts';

export { MciTable, type MciValue } from './mci.ts';

export const mciTable = MciTable.parse(data);

export const mciOn = (date: LocalDate) => mciWith(mciTable, date);
export const feeInTenge = (mci: number, date: LocalDate) => feeWith(mciTable, mci, date);
