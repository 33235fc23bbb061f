import { Search } from 'lucide-react';

/**
 * The search field above a list, named for screen readers by `label`; `onSearch` gets each new text. Its
 * magnifier tells it from a field of a form beside it (a list's "New category" name, say).
 */
export function SearchBox({ value, label, placeholder, onSearch }: { value: string; label: string; placeholder: string; onSearch(text: string): void }) {
  return (
    <span className="search-box">
      <Search size={18} aria-hidden="true" />
      <input
        type="search"
        className="search"
        value={value}
        aria-label={label}
        placeholder={placeholder}
        onChange={(event) => onSearch(event.currentTarget.value)}
      />
    </span>
  );
}
