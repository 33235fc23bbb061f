import { useState, type ChangeEvent, type InputHTMLAttributes, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { FolderOpen } from 'lucide-react';

type FileInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'role' | 'onChange'> & {
  id: string;
  inputRef?: Ref<HTMLInputElement>;
  onChange?: (event: ChangeEvent<HTMLInputElement>) => void;
};

/**
 * A file field in the reader's language: the browser's own button and its "No file chosen" speak the browser's
 * language, whatever the reader picked. The native input stays, transparent over the button we draw, so that a
 * tap, a click, the keyboard and a screen reader reach it as before; it keeps the field's label as its name.
 */
export function FileInput({ id, inputRef, onChange, ...props }: FileInputProps) {
  const { t } = useTranslation();
  const [name, setName] = useState<string>();
  return (
    <div className="file-input">
      <span className="button file-button">
        <FolderOpen size={18} aria-hidden="true" />
        {t('file.choose')}
        <input
          {...props}
          id={id}
          ref={inputRef}
          type="file"
          onChange={(event) => {
            setName(event.currentTarget.files?.[0]?.name);
            onChange?.(event);
          }}
        />
      </span>
      {/* the input itself tells a screen reader which file it holds */}
      <span className="file-name muted" aria-hidden="true">
        {name ?? t('file.none')}
      </span>
    </div>
  );
}
