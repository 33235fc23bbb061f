/** A content's cover, or a placeholder with its initial so that lists keep their rhythm. */
export function Cover({ src, title, size = 'small' }: { src?: string | null; title?: string; size?: 'small' | 'large' }) {
  if (src) {
    return <img className={`cover cover-${size}`} src={src} alt="" loading="lazy" decoding="async" />;
  }
  return (
    <div className={`cover cover-${size} cover-empty`} aria-hidden="true">
      {(title ?? '?').trim().charAt(0).toUpperCase()}
    </div>
  );
}
