/** A reader's picture in a circle, or their initial when they have none. Decorative: their name is beside it. */
export function Avatar({ src, name, size = 'small' }: { src?: string | null; name: string; size?: 'small' | 'large' }) {
  if (src) {
    return <img className={`avatar avatar-${size}`} src={src} alt="" decoding="async" />;
  }
  return (
    <span className={`avatar avatar-${size} avatar-empty`} aria-hidden="true">
      {name.trim().charAt(0).toUpperCase() || '?'}
    </span>
  );
}
