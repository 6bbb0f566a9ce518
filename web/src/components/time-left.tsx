/** Working time left (or overdue by), in working hours and minutes, as the deadlines count it. */
import { useI18n } from '../i18n.ts';

export function TimeLeft({ minutes }: { minutes: number | null | undefined }) {
  const { t } = useI18n();
  if (minutes === null || minutes === undefined) return <>—</>;
  const abs = Math.abs(minutes);
  const text = t('time.hoursMinutes', { h: Math.floor(abs / 60), m: abs % 60 });
  return minutes < 0 ? (
    <span class="ruqsat-overdue">{t('time.overdueBy', { time: text })}</span>
  ) : (
    <>{t('time.left', { time: text })}</>
  );
}
