/**
 * A catalog text in the reader's language: Ruqsat's translation (`ru`, `en`) where the catalog
 * has one, else the act's Kazakh. Pure; shared by the server's documents and the web pages.
 */
import type { Text } from './schema.ts';

export type TextLang = 'kk' | 'ru' | 'en';

export function textIn(text: Text, lang: TextLang): string {
  return text[lang] ?? text.kk;
}

type Rule = [RegExp, string, string];
const N = String.raw`(\d+(?:[-–]\d+)?)`;
const rule = (kk: string, ru: string, en: string): Rule => [new RegExp(kk, 'gu'), ru, en];
/** The acts' ways of citing a paragraph, with their Russian and English forms (longest first). */
const RULES: Rule[] = [
  rule(
    String.raw`Регламенттің ${N}-қосымшасы(?:на|нда)?`,
    'приложение $1 к Регламенту',
    'Annex $1 to the Regulation',
  ),
  rule(String.raw`Стандарттың ${N}-тармағы(?:на|нда)?`, 'пункт $1 Стандарта', 'paragraph $1 of the Standard'),
  rule(String.raw`Қағидалардың ${N}-тармағы(?:на|нда)?`, 'пункт $1 Правил', 'paragraph $1 of the Rules'),
  rule(String.raw`(\d+\))\s*[–-]\s*(\d+\)) тармақшалар(?:ы)?`, 'подпункты $1–$2', 'subparagraphs $1–$2'),
  rule(String.raw`(\d+\)(?:, \d+\))+) тармақшалар(?:ы)?`, 'подпункты $1', 'subparagraphs $1'),
  rule(String.raw`(\d+\)) тармақша(?:сы)?`, 'подпункт $1', 'subparagraph $1'),
  rule(String.raw`\(${N}-т\. (\d+\))\)`, '(п. $1 подпункт $2)', '(para. $1 subparagraph $2)'),
  rule(String.raw`\((«[^»]*») абзацы\)`, '(абзац $1)', '(paragraph $1)'),
  rule(String.raw`${N}-қосымша(?:сы|ға|да)?`, 'приложение $1', 'Annex $1'),
  rule(String.raw`${N}-тармақ(?:тың|ы)?`, 'пункт $1', 'paragraph $1'),
  rule(String.raw`${N}-т\.`, 'п. $1', 'para. $1'),
  rule(String.raw`${N}-бап(?:тың|ы)?`, 'статья $1', 'Article $1'),
  rule(String.raw`${N}-бөлік(?:і)?`, 'часть $1', 'part $1'),
  rule(String.raw`${N}-кестелер`, 'таблицы $1', 'tables $1'),
  rule(String.raw`${N}-кесте`, 'таблица $1', 'table $1'),
  rule(String.raw`келесі іс-(?:қимыл|әрекет)`, 'следующее действие', 'next action'),
  rule(String.raw`${N}-іс-әрекет`, 'действие $1', 'action $1'),
  rule(String.raw`${N}-сұрақ`, 'вопрос $1', 'question $1'),
  rule('соңғы абзац', 'последний абзац', 'last paragraph'),
  rule('Нысан', 'Форма', 'Form'),
  rule(String.raw`${N}-іс-қимылдар`, 'действия $1', 'actions $1'),
  rule(String.raw`${N}-іс-қимыл`, 'действие $1', 'action $1'),
  rule(String.raw`${N}-әрекет`, 'действие $1', 'action $1'),
  rule(String.raw`${N}-рәсім`, 'процедура $1', 'procedure $1'),
  rule(String.raw`${N}-шарт`, 'условие $1', 'condition $1'),
  rule(String.raw`${N}-жол`, 'строка $1', 'row $1'),
  rule(String.raw`${N}-процесс`, 'процесс $1', 'process $1'),
  rule(String.raw`${N}-абзац`, 'абзац $1', 'paragraph (abzats) $1'),
  rule(
    String.raw`\((\S+)\) тармақшасынан кейінгі абзац`,
    'абзац после подпункта $1)',
    'paragraph after subparagraph $1)',
  ),
  rule(
    'порталдағы қайта ресімдеу тізбесі',
    'перечень для переоформления на портале',
    'list for reissue on the portal',
  ),
  rule('лицензия телнұсқасын беру кезінде', 'при выдаче дубликата лицензии', 'on issuing a duplicate'),
  rule('лицензияны қайта ресімдеу кезінде', 'при переоформлении лицензии', 'on reissue'),
  rule('лицензия беру (?:кезде|кезінде)', 'при выдаче лицензии', 'on issue'),
  rule('лицензияның қосымшасы', 'приложение к лицензии', 'licence appendix'),
  rule('лицензия алу', 'получение лицензии', 'obtaining a licence'),
  rule('қайта ресімдеу', 'переоформление', 'reissue'),
  rule('телнұсқа', 'дубликат', 'duplicate'),
  rule('сол бөліктер', 'те же части', 'the same parts'),
  rule('кіріспе', 'преамбула', 'preamble'),
  rule('Қағидалардың', 'Правил', 'of the Rules'),
  rule('Қағидалар', 'Правила', 'Rules'),
  rule('бірінші абзац', 'абзац первый', 'first paragraph'),
  rule('екінші абзац', 'абзац второй', 'second paragraph'),
  rule('Регламенттің', 'Регламента', 'of the Regulation'),
  rule('Регламент', 'Регламент', 'Regulation'),
  rule('Стандарт', 'Стандарт', 'Standard'),
  rule('регламент', 'регламент', 'regulation'),
  rule('стандарт', 'стандарт', 'standard'),
];

/**
 * A paragraph reference ("12-т.", "2-қосымша, 3-жол", "9-т. 2) тармақша") in the reader's
 * language: "п. 12", "приложение 2, строка 3", "п. 9 подпункт 2)". The numbering is the act's; a
 * form of citation not known here stays as the act writes it.
 */
export function sourceIn(source: string, lang: TextLang): string {
  if (lang === 'kk') return source;
  const cited = RULES.reduce((s, [re, ru, en]) => s.replace(re, lang === 'ru' ? ru : en), source);
  // English translations of the acts letter the subparagraphs a), b), c)… where the act has а), б), в)….
  return lang === 'en'
    ? cited.replace(/(?<=^|\s)([а-з])\)/gu, (_, l: string) => `${LATIN[CYRILLIC.indexOf(l)]})`)
    : cited;
}
const CYRILLIC = 'абвгдежз';
const LATIN = 'abcdefgh';
