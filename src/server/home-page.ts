/**
 * The home page: the service catalog as plain, accessible HTML in kk / ru / en. The full web
 * application replaces it; until then it shows what the platform holds.
 */
import type { Catalog } from '../catalog/catalog.ts';
import type { Lang } from '../errors/messages.ts';
import { escapeXml as escape } from '../catalog/bpmn.ts';

const text = {
  kk: {
    title: 'Мемлекеттік қызметтер',
    repealed: 'күші жойылған',
    inForce: 'қолданыста',
    cases: 'жағдайлар',
    diagram: 'үдеріс сызбасы',
    provider: 'Қызмет беруші',
  },
  ru: {
    title: 'Государственные услуги',
    repealed: 'утратил силу',
    inForce: 'действует',
    cases: 'случаи',
    diagram: 'схема процесса',
    provider: 'Услугодатель',
  },
  en: {
    title: 'State services',
    repealed: 'repealed',
    inForce: 'in force',
    cases: 'cases',
    diagram: 'process diagram',
    provider: 'Provider',
  },
} satisfies Record<Lang, Record<string, string>>;

export function homePage(catalog: Catalog, lang: Lang, today: string): string {
  const t = text[lang];
  const items = catalog
    .list()
    .map(({ act, service }) => {
      const title = service.title[lang] ?? service.title.kk;
      const status = act.status === 'repealed' ? t.repealed : t.inForce;
      return `<li>
  <h2 lang="${service.title[lang] ? lang : 'kk'}">${escape(title)}</h2>
  <p><span class="status ${act.status}">${status}</span> · ${escape(act.number)} (${act.date})</p>
  <p>${t.provider}: <span lang="${service.provider.name[lang] ? lang : 'kk'}">${escape(service.provider.name[lang] ?? service.provider.name.kk)}</span></p>
  <p>${t.cases}: ${service.cases.map((c) => escape(c.title[lang] ?? c.title.kk)).join(', ')} ·
     <a href="/api/v1/services/${service.id}/diagram.svg">${t.diagram}</a> ·
     <a href="/api/v1/services/${service.id}">JSON</a></p>
</li>`;
    })
    .join('\n');
  const switcher = (['kk', 'ru', 'en'] as const)
    .map((l) => (l === lang ? `<strong>${l}</strong>` : `<a href="/?lang=${l}" hreflang="${l}">${l}</a>`))
    .join(' · ');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ruqsat — ${t.title}</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; color: #1a1a1a; }
  ul { list-style: none; padding: 0; } li { border-bottom: 1px solid #ddd; padding: .75rem 0; }
  h2 { font-size: 1.05rem; margin: 0 0 .25rem; } p { margin: .15rem 0; }
  .status.repealed { color: #8a1c1c; } .status.in-force { color: #1b5e20; }
  a { color: #0b4f9c; } a:focus { outline: 3px solid #f5a623; }
  nav { float: right; }
</style>
</head>
<body>
<nav aria-label="language">${switcher}</nav>
<h1>Ruqsat — ${t.title}</h1>
<p><time datetime="${today}">${today}</time></p>
<ul>
${items}
</ul>
</body>
</html>
`;
}
