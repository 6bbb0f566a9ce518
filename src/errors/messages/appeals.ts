/** Complaints against decisions (appeals). */
import type { AreaMessages } from './area.ts';

export const appealsMessages = {
  'appeal.late': {
    kk: 'Шағым беру мерзімі {due} өтті ({source}).',
    ru: 'Срок подачи жалобы истёк {due} ({source}).',
    en: 'The time to file a complaint ended on {due} ({source}).',
  },
  'appeal.wrong_status': {
    kk: '«{status}» күйіндегі шағымға «{command}» әрекеті қолданылмайды.',
    ru: 'Действие «{command}» не применимо к жалобе в статусе «{status}».',
    en: '"{command}" cannot be done to a complaint that is "{status}".',
  },
  'appeal.extension_too_long': {
    kk: 'Мерзімді ең көбі {max} ұзартуға болады ({source}).',
    ru: 'Срок можно продлить не более чем на {max} ({source}).',
    en: 'The term can be extended by at most {max} ({source}).',
  },
  'appeal.not_extendable': {
    kk: 'Бұл кезеңде ({reviewer}) шағымды қарау мерзімін ұзартуға болмайды ({source}).',
    ru: 'На этом этапе ({reviewer}) срок рассмотрения жалобы продлить нельзя ({source}).',
    en: 'The review cannot be extended at this stage ({reviewer}) ({source}).',
  },
  'appeal.not_found': {
    kk: '{id} шағымы жоқ. Шағымды алдымен беріңіз: ruqsat complaint file --help',
    ru: 'Жалобы {id} нет. Сначала подайте её: ruqsat complaint file --help',
    en: 'There is no complaint {id}. File it first: ruqsat complaint file --help',
  },
  'appeal.no_terms': {
    kk: '{service} қызметінің каталогында шағымдану мерзімдері жоқ.',
    ru: 'В каталоге услуги {service} нет сроков обжалования.',
    en: 'The catalog of service {service} states no complaint terms.',
  },
  // Complaints over HTTP and notifications (src/server/complaint-routes.ts, src/notifications).
  'appeal.unknown': {
    kk: '{id} шағымы табылмады немесе сізге қолжетімсіз. Шағым нөмірін өтініштің шағымдар тізімінен тексеріңіз.',
    ru: 'Жалоба {id} не найдена или вам недоступна. Проверьте номер в списке жалоб по заявлению.',
    en: 'Complaint {id} was not found or is not yours to see. Check its number in the list of complaints of the application.',
  },
} satisfies AreaMessages<'appeal'>;
