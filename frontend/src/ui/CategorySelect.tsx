import { SelectField } from './Field';

interface CategorySelectProps {
  label: string;
  /** The first, disabled choice, shown until one is picked. */
  placeholder: string;
  /** Still loading while undefined: the select is drawn again once they come, so that its default shows. */
  categories: { id?: number; name: string }[] | undefined;
  defaultValue: number | '';
  error?: string;
}

/** The required choice of a content's category, by name. */
export function CategorySelect({ label, placeholder, categories, defaultValue, error }: CategorySelectProps) {
  return (
    <SelectField
      label={label}
      name="feature_category"
      defaultValue={defaultValue}
      key={categories ? 'loaded' : 'loading'}
      required
      error={error}
    >
      <option value="" disabled>
        {placeholder}
      </option>
      {categories?.map((category) => (
        <option key={category.id} value={category.id}>
          {category.name}
        </option>
      ))}
    </SelectField>
  );
}
