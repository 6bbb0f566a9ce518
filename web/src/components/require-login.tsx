/** Pages for one kind of user: others are sent to the login page, which returns them here. */
import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import { useEffect } from 'preact/hooks';
import type { Principal } from '../api/types.ts';
import { useI18n } from '../i18n.ts';
import { useSession } from '../session.ts';

export function RequireLogin<K extends Principal['kind']>({
  kind,
  children,
}: {
  kind: K;
  children: (me: Extract<Principal, { kind: K }>) => ComponentChildren;
}) {
  const { me } = useSession();
  const { url, route } = useLocation();
  const { t } = useI18n();
  const allowed = me !== undefined && me !== null && me.kind === kind;
  useEffect(() => {
    if (me === null || (me !== undefined && me.kind !== kind))
      route(`/login?next=${encodeURIComponent(url)}`, true);
  }, [me, kind, url, route]);
  if (!allowed)
    return (
      <p class="govuk-body" role="status">
        {t('common.loading')}
      </p>
    );
  return <>{children(me as Extract<Principal, { kind: K }>)}</>;
}
