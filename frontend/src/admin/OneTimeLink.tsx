import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { leadsHere } from './invitations';

interface OneTimeLinkProps {
  url: string;
  /** What was just made, e.g. "Invitation created." */
  title: string;
  /** Whom to give it to, and that this is the only time it shows. */
  note: string;
  /** The name of the field holding it, for screen readers. */
  label: string;
}

/**
 * A link holding a secret the server keeps only a digest of (an invitation, a password reset): shown once, to
 * copy and pass on. A link made for another address than this page's is said to be, before anyone sends it.
 */
export function OneTimeLink({ url, title, note, label }: OneTimeLinkProps) {
  const { t } = useTranslation('admin');

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      toast.success(t('link.copied'));
    } catch {
      toast.error(t('link.copyFailed'));
    }
  }

  return (
    <div className="new-link" role="status">
      <p>
        <strong>{title}</strong> {note}
      </p>
      {!leadsHere(url) && <p className="muted">{t('link.elsewhere', { origin: new URL(url).origin })}</p>}
      <div className="copy-row">
        <input readOnly value={url} aria-label={label} onFocus={(event) => event.currentTarget.select()} />
        <button type="button" onClick={() => void copy()}>
          {t('link.copy')}
        </button>
      </div>
    </div>
  );
}
