/**
 * Made-up people and companies for the state-database simulator, demos and tests. Every IIN
 * and BIN is structurally valid (birth date, century-and-sex digit, registration month, control
 * digit via `withControlDigit`) and matches the record: birth date, sex by patronymic, heads of
 * companies among the people. The serials are invented; any likeness to a real number is chance.
 *
 * Picked to exercise the acts' checks (seed 001 Regulations p. 5 3): identity, registration as a
 * legal entity, criminal record, licence fee paid): a clean applicant, a criminal record (the
 * security-services license must be refused), tax debt, a deceased person, a liquidated and a
 * liquidating company.
 */
import { withControlDigit } from '../identity/iin-bin.ts';
import type { Individual, LegalEntity } from './state-databases.ts';

/** A person in the simulator: the ЖТ МДБ record and what the other systems say about them. */
export interface DemoPerson extends Individual {
  /** Who this is in the demo, for people picking a test subject. */
  note: string;
  criminalRecord: string | null;
  taxRegistered: boolean;
  /** Tax arrears in tenge; 0 when none. */
  taxDebt: number;
}

export interface DemoCompany extends LegalEntity {
  note: string;
  taxRegistered: boolean;
  taxDebt: number;
}

/** The 12-digit number for 11 digits chosen to have a control digit (checked by the tests). */
function id(first11: string): string {
  const full = withControlDigit(first11);
  if (full === null) throw new Error(`demo seed: ${first11} has no control digit; pick another serial`);
  return full;
}

export const demoPeople: readonly DemoPerson[] = [
  {
    iin: id('85031430101'),
    lastName: 'Сейітов',
    firstName: 'Әлібек',
    patronymic: 'Нұрланұлы',
    birthDate: '1985-03-14',
    address: 'Астана қ., Есіл ауданы, Мәңгілік Ел даңғылы, 24-үй, 15-пәтер',
    addressRu: 'г. Астана, район Есиль, проспект Мангилик Ел, дом 24, кв. 15',
    status: 'active',
    note: 'head of «Туған Жер Баспа» (state flag and emblem maker); clean',
    criminalRecord: null,
    taxRegistered: true,
    taxDebt: 0,
  },
  {
    iin: id('90072240202'),
    lastName: 'Омарова',
    firstName: 'Айгерім',
    patronymic: 'Серікқызы',
    birthDate: '1990-07-22',
    address: 'Алматы қ., Бостандық ауданы, Әл-Фараби даңғылы, 77-үй, 8-пәтер',
    addressRu: 'г. Алматы, Бостандыкский район, проспект аль-Фараби, дом 77, кв. 8',
    status: 'active',
    note: 'head of «Қалқан Күзет» (security services); clean',
    criminalRecord: null,
    taxRegistered: true,
    taxDebt: 0,
  },
  {
    iin: id('78110530303'),
    lastName: 'Жұмабаев',
    firstName: 'Ерлан',
    patronymic: 'Қайратұлы',
    birthDate: '1978-11-05',
    address: 'Қарағанды қ., Бұқар жырау даңғылы, 40-үй, 12-пәтер',
    addressRu: 'г. Караганда, проспект Бухар жырау, дом 40, кв. 12',
    status: 'active',
    note: 'has an unspent conviction: a security-services license must be refused',
    criminalRecord: 'ҚР ҚК 188-бабының 2-бөлігі (ұрлық), 2021 жылғы үкім; соттылығы өтелмеген',
    taxRegistered: true,
    taxDebt: 0,
  },
  {
    iin: id('82013040404'),
    lastName: 'Тоқтарова',
    firstName: 'Динара',
    patronymic: 'Асқарқызы',
    birthDate: '1982-01-30',
    address: 'Шымкент қ., Тәуке хан даңғылы, 15-үй',
    addressRu: 'г. Шымкент, проспект Тауке хана, дом 15',
    status: 'active',
    note: 'individual entrepreneur with tax arrears',
    criminalRecord: null,
    taxRegistered: true,
    taxDebt: 184_350,
  },
  {
    iin: id('70090930505'),
    lastName: 'Бекмұхамбетов',
    firstName: 'Нұрсұлтан',
    patronymic: 'Ғаниұлы',
    birthDate: '1970-09-09',
    address: 'Өскемен қ., Қазақстан көшесі, 60-үй',
    addressRu: 'г. Усть-Каменогорск, улица Казахстан, дом 60',
    status: 'active',
    note: 'head of «Алтын Дала Металл» (precious metals; the company has tax debt)',
    criminalRecord: null,
    taxRegistered: true,
    taxDebt: 0,
  },
  {
    iin: id('95120140606'),
    lastName: 'Әбенова',
    firstName: 'Гүлнар',
    patronymic: 'Маратқызы',
    birthDate: '1995-12-01',
    address: 'Астана қ., Сарыарқа ауданы, Бейбітшілік көшесі, 9-үй, 31-пәтер',
    addressRu: 'г. Астана, район Сарыарка, улица Бейбитшилик, дом 9, кв. 31',
    status: 'active',
    note: 'head of «Дәл Өлшем» (metrology laboratory); clean',
    criminalRecord: null,
    taxRegistered: true,
    taxDebt: 0,
  },
  {
    iin: id('01041850707'),
    lastName: 'Қасымов',
    firstName: 'Дәурен',
    patronymic: 'Бауыржанұлы',
    birthDate: '2001-04-18',
    address: 'Алматы қ., Медеу ауданы, Достық даңғылы, 132-үй',
    addressRu: 'г. Алматы, Медеуский район, проспект Достык, дом 132',
    status: 'active',
    note: 'head of «Құпия Кілт» (cryptographic protection); born in the 21st century (IIN digit 5)',
    criminalRecord: null,
    taxRegistered: true,
    taxDebt: 0,
  },
  {
    iin: id('65022840808'),
    lastName: 'Мұқанова',
    firstName: 'Сәуле',
    birthDate: '1965-02-28',
    address: 'Павлодар қ., Торайғыров көшесі, 51-үй',
    addressRu: 'г. Павлодар, улица Торайгырова, дом 51',
    status: 'deceased',
    note: 'deceased; was head of the liquidated «Ескі Сауда»; no patronymic',
    criminalRecord: null,
    taxRegistered: false,
    taxDebt: 0,
  },
  {
    iin: id('88061530909'),
    lastName: 'Нұрғалиев',
    firstName: 'Асхат',
    patronymic: 'Болатұлы',
    birthDate: '1988-06-15',
    address: 'Атырау қ., Сәтпаев даңғылы, 19-үй, 4-пәтер',
    addressRu: 'г. Атырау, проспект Сатпаева, дом 19, кв. 4',
    status: 'active',
    note: 'clean individual applicant (e.g. expert-auditor certificate); head of «Жарық Жол»',
    criminalRecord: null,
    taxRegistered: true,
    taxDebt: 0,
  },
  {
    iin: id('03061261010'),
    lastName: 'Ержанова',
    firstName: 'Мөлдір',
    patronymic: 'Ерболқызы',
    birthDate: '2003-06-12',
    address: 'Қостанай қ., Әл-Фараби даңғылы, 65-үй, 20-пәтер',
    addressRu: 'г. Костанай, проспект аль-Фараби, дом 65, кв. 20',
    status: 'emigrated',
    note: 'left Kazakhstan for permanent residence abroad',
    criminalRecord: null,
    taxRegistered: false,
    taxDebt: 0,
  },
];

/** The person with this IIN in the seed; throws when the seed has none (a typo in a test). */
function person(lastName: string): { iin: string; name: string } {
  const p = demoPeople.find((x) => x.lastName === lastName);
  if (p === undefined) throw new Error(`demo seed: no person ${lastName}`);
  return { iin: p.iin, name: [p.lastName, p.firstName, p.patronymic].filter(Boolean).join(' ') };
}

export const demoCompanies: readonly DemoCompany[] = [
  {
    bin: id('08034000111'),
    name: { kk: '«Туған Жер Баспа» ЖШС', ru: 'ТОО «Туган Жер Баспа»' },
    registrationDate: '2008-03-12',
    address: 'Астана қ., Алматы ауданы, Тәуелсіздік даңғылы, 34-үй, 2-кеңсе',
    addressRu: 'г. Астана, район Алматы, проспект Тауелсиздик, дом 34, офис 2',
    head: person('Сейітов'),
    status: 'active',
    note: 'makes the state flag and emblem (seed 000 license); clean',
    taxRegistered: true,
    taxDebt: 0,
  },
  {
    bin: id('11064000222'),
    name: { kk: '«Қалқан Күзет» ЖШС', ru: 'ТОО «Калкан Кузет»' },
    registrationDate: '2011-06-20',
    address: 'Алматы қ., Алмалы ауданы, Абай даңғылы, 52-үй, 4-кеңсе',
    addressRu: 'г. Алматы, Алмалинский район, проспект Абая, дом 52, офис 4',
    head: person('Омарова'),
    status: 'active',
    note: 'security services (seed 001 license); clean',
    taxRegistered: true,
    taxDebt: 0,
  },
  {
    bin: id('05104000333'),
    name: { kk: '«Алтын Дала Металл» АҚ', ru: 'АО «Алтын Дала Металл»' },
    registrationDate: '2005-10-03',
    address: 'Өскемен қ., Тохтаров көшесі, 18-үй',
    addressRu: 'г. Усть-Каменогорск, улица Тохтарова, дом 18',
    head: person('Бекмұхамбетов'),
    status: 'active',
    note: 'precious metals (seed 002); has tax debt',
    taxRegistered: true,
    taxDebt: 2_450_000,
  },
  {
    bin: id('15024000444'),
    name: { kk: '«Дәл Өлшем» ЖШС', ru: 'ТОО «Дал Олшем»' },
    registrationDate: '2015-02-17',
    address: 'Астана қ., Сарыарқа ауданы, Бөгенбай батыр даңғылы, 11-үй',
    addressRu: 'г. Астана, район Сарыарка, проспект Богенбай батыра, дом 11',
    head: person('Әбенова'),
    status: 'active',
    note: 'metrology laboratory (seed 003); clean',
    taxRegistered: true,
    taxDebt: 0,
  },
  {
    bin: id('22044000555'),
    name: { kk: '«Құпия Кілт» ЖШС', ru: 'ТОО «Купия Килт»' },
    registrationDate: '2022-04-08',
    address: 'Алматы қ., Медеу ауданы, Құнаев көшесі, 77-үй, 310-кеңсе',
    addressRu: 'г. Алматы, Медеуский район, улица Кунаева, дом 77, офис 310',
    head: person('Қасымов'),
    status: 'active',
    note: 'cryptographic protection means (seed 004); clean',
    taxRegistered: true,
    taxDebt: 0,
  },
  {
    bin: id('99074000666'),
    name: { kk: '«Ескі Сауда» ЖШС', ru: 'ТОО «Ески Сауда»' },
    registrationDate: '1999-07-01',
    address: 'Павлодар қ., Ақсу жолы көшесі, 3-үй',
    addressRu: 'г. Павлодар, улица Аксу жолы, дом 3',
    head: person('Мұқанова'),
    status: 'liquidated',
    note: 'liquidated; its head is deceased; deregistered for tax',
    taxRegistered: false,
    taxDebt: 0,
  },
  {
    bin: id('18034000888'),
    name: { kk: '«Жарық Жол» ЖШС', ru: 'ТОО «Жарык Жол»' },
    registrationDate: '2018-03-05',
    address: 'Атырау қ., Азаттық даңғылы, 48-үй',
    addressRu: 'г. Атырау, проспект Азаттык, дом 48',
    head: person('Нұрғалиев'),
    status: 'in-liquidation',
    note: 'in liquidation: still registered, should not get a new permit',
    taxRegistered: true,
    taxDebt: 0,
  },
];
