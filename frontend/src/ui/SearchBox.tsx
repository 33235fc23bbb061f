/** The search field above a list, named for screen readers by `label`; `onSearch` gets each new text. */
export function SearchBox({ value, label, placeholder, onSearch }: { value: string; label: string; placeholder: string; onSearch(text: string): void }) {
  return (
    <input
      type="search"
      className="search"
      value={value}
      aria-label={label}
      placeholder={placeholder}
      onChange={(event) => onSearch(event.currentTarget.value)}
    />
  );
}
